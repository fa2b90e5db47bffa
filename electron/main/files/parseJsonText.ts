// JSON.parse that says, on a syntax error, what is wrong (a code, worded in i18n/mainText.ts) and
// where (line and column, 1-based). JSON.parse's own messages differ between V8 versions and often give only a
// character offset, so the error is located with jsonc-parser's scanner (Microsoft's, as used by
// VS Code), set to strict JSON: no comments, no trailing commas.
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { JsonSyntaxCode } from '../i18n/mainText.ts';

export type JsonParseOutcome =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; code: JsonSyntaxCode };

/** Parses `text` (a leading byte-order mark is ignored). */
export function parseJsonText(text: string): JsonParseOutcome {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    return locateSyntaxError(source);
  }
}

function locateSyntaxError(source: string): JsonParseOutcome & { ok: false } {
  let first: { line: number; column: number; code: JsonSyntaxCode } | undefined;
  visit(
    source,
    {
      onError: (code, _offset, _length, startLine, startCharacter) => {
        const name = printParseErrorCode(code);
        first ??= {
          line: startLine + 1,
          column: startCharacter + 1,
          code: name === '<unknown ParseErrorCode>' ? 'InvalidSymbol' : name,
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (first) return { ok: false, ...first };
  // JSON.parse refused text the scanner accepts: in practice only empty text.
  return { ok: false, line: 1, column: 1, code: 'EmptyFile' };
}

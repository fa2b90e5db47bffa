// JSON.parse with a message a user can act on: on a syntax error, what is wrong and where (line
// and column, 1-based). JSON.parse's own messages differ between V8 versions and often give only a
// character offset, so the error is located with jsonc-parser's scanner (Microsoft's, as used by
// VS Code), set to strict JSON: no comments, no trailing commas.
import { printParseErrorCode, visit } from 'jsonc-parser';

export type JsonParseOutcome =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; problem: string };

const PROBLEMS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon (:) was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing brace (}) was expected',
  CloseBracketExpected: 'a closing bracket (]) was expected',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'an unfinished comment',
  UnexpectedEndOfString: 'an unfinished string',
  UnexpectedEndOfNumber: 'an unfinished number',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'a control character inside a string',
};

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
  let first: { line: number; column: number; problem: string } | undefined;
  visit(
    source,
    {
      onError: (code, _offset, _length, startLine, startCharacter) => {
        first ??= {
          line: startLine + 1,
          column: startCharacter + 1,
          problem: PROBLEMS[printParseErrorCode(code)] ?? printParseErrorCode(code),
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (first) return { ok: false, ...first };
  // JSON.parse refused text the scanner accepts: in practice only empty text.
  return { ok: false, line: 1, column: 1, problem: 'the file is empty' };
}

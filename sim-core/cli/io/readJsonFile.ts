/**
 * Reads a JSON file for the command line: a size cap before reading (a 10 GB file must not
 * exhaust memory), a byte-order mark tolerated, and a syntax error reported as
 * `file:line:column: what is wrong` (positions from jsonc-parser, the parser VS Code uses, since
 * V8's JSON.parse messages do not always carry one).
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readFileSync, statSync } from 'node:fs';
import { LIMITS } from '../../src/scenario/limits.ts';
import { UserError } from '../UserError.ts';

export function readJsonFile(
  path: string,
  displayName: string = path,
  maxBytes: number = LIMITS.maxJsonBytes,
): unknown {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UserError(`${displayName}: is a folder, expected a JSON file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${displayName}: ${describeFsError(error)}`);
  }
  if (size > maxBytes) {
    throw new UserError(
      `${displayName}: the file has ${megabytes(size)}, more than the ${megabytes(maxBytes)} a scenario may have`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`${displayName}: ${describeFsError(error)}`);
  }
  return parseJsonText(text.replace(/^\uFEFF/, ''), displayName);
}

/** JSON.parse, with a syntax error turned into `name:line:column: problem`. */
export function parseJsonText(text: string, displayName: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(
      describeSyntaxError(text, displayName, error instanceof Error ? error.message : String(error)),
    );
  }
}

function describeSyntaxError(text: string, displayName: string, v8Message: string): string {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses: absurdly deep nesting can overflow its stack. V8's words then.
    return `${displayName}: invalid JSON: ${v8Message}`;
  }
  const first = errors[0];
  if (!first) return `${displayName}: invalid JSON: ${v8Message}`;
  const { line, column } = lineColumn(text, first.offset);
  const found = text.slice(first.offset, first.offset + Math.max(1, Math.min(first.length, 20)));
  const what = SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error);
  return `${displayName}:${line}:${column}: invalid JSON: ${what}${found.trim() ? `, found ${JSON.stringify(found)}` : ''}`;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value (a trailing comma?)',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" (an object is not closed)',
  CloseBracketExpected: 'expected "]" (an array is not closed)',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** An fs error as a short phrase ("no such file"), without Node's internal detail. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, expected a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Reads a JSON file for the command line. Only a regular file is read (a FIFO would block
 * forever, /dev/zero never end), and the size cap is applied while reading, not from `stat`
 * alone (a file may grow, a device reports 0). The bytes are then checked against the shape
 * budget (scenario/jsonShape.ts) before JSON.parse, which would take about 2 GB for a 60 MB file
 * of 20 million `{}`. A byte-order mark is tolerated, and a syntax error reported as
 * `file:line:column: what is wrong` (positions from jsonc-parser, the parser VS Code uses, since
 * V8's JSON.parse messages do not always carry one).
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { formatPath } from '../../src/scenario/jsonPath.ts';
import { scanJsonShape, type ShapeProblem } from '../../src/scenario/jsonShape.ts';
import { issueMessage } from '../../src/scenario/issueMessages.ts';
import { LIMITS } from '../../src/scenario/limits.ts';
import { quoted, safeLine } from '../../src/scenario/safeText.ts';
import { UserError } from '../UserError.ts';

/** Bytes read per call. */
const CHUNK_BYTES = 1 << 20;

export function readJsonFile(
  path: string,
  displayName: string = path,
  maxBytes: number = LIMITS.maxJsonBytes,
): unknown {
  const shown = safeLine(displayName);
  const bytes = readRegularFile(path, shown, maxBytes);
  const shape = scanJsonShape(bytes, (key) => Buffer.from(key).toString('utf8'));
  if (shape) throw new UserError(`${shown}: ${describeShape(shape)}`);
  const text = bytes.toString('utf8');
  return parseJsonText(text.replace(/^\uFEFF/, ''), shown);
}

function describeShape(shape: ShapeProblem): string {
  const path = formatPath(shape.path);
  const code = SHAPE_CODES[shape.kind];
  return `${path ? `${path}: ` : ''}${issueMessage(code, { limit: shape.limit })}`;
}

const SHAPE_CODES = {
  'too-deep': 'too-deep',
  'too-many-items': 'too-many-list-items',
  'too-many-containers': 'too-many-containers',
} as const;

/** What a file read is for, in messages: the kind of file expected and what may hold maxBytes. */
export interface FileKind {
  expected: string;
  holder: string;
}
const JSON_SCENARIO: FileKind = { expected: 'a JSON file', holder: 'a scenario' };

/** Opens without blocking (a FIFO), refuses anything but a regular file, reads at most `maxBytes`. */
export function readRegularFile(
  path: string,
  shown: string,
  maxBytes: number,
  kind: FileKind = JSON_SCENARIO,
): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError(`${shown}: is a folder, expected ${kind.expected}`);
    if (!stat.isFile())
      throw new UserError(
        `${shown}: is not a regular file (a device, pipe or socket), expected ${kind.expected}`,
      );
    if (stat.size > maxBytes) throw tooLarge(shown, stat.size, maxBytes, kind);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the cap is enough to know a growing file is over it.
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw tooLarge(shown, total, maxBytes, kind, true);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${shown}: ${describeFsError(error)}`);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(shown: string, size: number, maxBytes: number, kind: FileKind, atLeast = false): UserError {
  return new UserError(
    `${shown}: the file has ${atLeast ? 'more than ' : ''}${megabytes(atLeast ? maxBytes : size)}, more than the ${megabytes(maxBytes)} ${kind.holder} may have`,
  );
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
  return `${displayName}:${line}:${column}: invalid JSON: ${what}${found.trim() ? `, found ${quoted(found, 20)}` : ''}`;
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
    case 'ELOOP':
      return 'too many symbolic links (a link that points back to itself?)';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return safeLine(error instanceof Error ? error.message : String(error));
  }
}

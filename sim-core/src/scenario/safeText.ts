/**
 * Text from a file, made safe to quote in a message: control characters (a terminal escape, a
 * newline that would forge a line of output, a bidirectional override) shown as escapes, and a
 * long value cut at a character boundary (never inside a surrogate pair) with its length shown.
 */

/** Characters quoted from input at most, before the cut. */
export const MAX_QUOTED_CHARS = 60;

// C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks and overrides.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControls(text: string): string {
  return text.replace(
    UNSAFE,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `value` with its control characters escaped, cut after `maxChars` characters (code points) with
 * "… (N characters)" appended, N being the whole value's length in code points.
 */
export function safeText(value: string, maxChars: number = MAX_QUOTED_CHARS): string {
  // A cheap bound first: a 1 MB value is cut before anything walks all of it.
  if (value.length <= maxChars) return escapeControls(dropLoneSurrogates(value));
  let end = 0;
  let chars = 0;
  while (end < value.length && chars < maxChars) {
    end += isHighSurrogateAt(value, end) ? 2 : 1;
    chars += 1;
  }
  if (end >= value.length) return escapeControls(dropLoneSurrogates(value));
  return `${escapeControls(dropLoneSurrogates(value.slice(0, end)))}… (${countCodePoints(value)} characters)`;
}

/** `value` as a JSON string literal, made safe and cut as {@link safeText} does. */
export function quoted(value: string, maxChars: number = MAX_QUOTED_CHARS): string {
  return `"${safeText(value, maxChars).replace(/"/g, '\\"')}"`;
}

/** A line of output with control characters escaped (a file name from the command line, say). */
export function safeLine(text: string): string {
  return escapeControls(dropLoneSurrogates(text));
}

function isHighSurrogateAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogateAt(text, i)) i += 1;
    count += 1;
  }
  return count;
}

/** A lone surrogate (half a pair) cannot be printed; it is shown as U+FFFD. */
function dropLoneSurrogates(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Text bound for a native dialog. File and folder names, and messages the page sends, can hold
// control characters (a forged line, a terminal escape), bidirectional overrides that reorder what
// the user reads (`evil\u202Efdp.exe`), or megabytes of text. Each such character is shown as an
// escape (`\u001b`), line breaks we wrote ourselves stay, and a long text is cut on a code-point
// boundary, never inside a surrogate pair, with its full length said.

/** At most this many characters reach a dialog. */
export const MAX_DIALOG_CHARS = 2_000;

// C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function dialogText(text: string, max = MAX_DIALOG_CHARS): string {
  const escaped = text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const points = Array.from(escaped);
  if (points.length <= max) return escaped;
  return `${points.slice(0, max).join('')}… (${points.length} characters in all)`;
}

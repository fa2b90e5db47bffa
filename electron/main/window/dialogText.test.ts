import { describe, expect, it } from 'vitest';
import { dialogText } from './dialogText.ts';

describe('text shown in a native dialog', () => {
  it('shows control characters and bidi overrides as escapes, keeping our own line breaks', () => {
    expect(dialogText('plan\u001b[31m.scoda.json')).toBe('plan\\u001b[31m.scoda.json');
    expect(dialogText('evil\u202Efdp.exe')).toBe('evil\\u202efdp.exe');
    expect(dialogText('a.csv\nb.csv\tc')).toBe('a.csv\nb.csv\tc');
    expect(dialogText('x\r\nfile: ok')).toBe('x\\u000d\nfile: ok');
  });

  it('cuts a long text on a code-point boundary and says how long it was', () => {
    const long = '😀'.repeat(5);
    const cut = dialogText(long, 3);
    expect(cut).toBe('😀😀😀… (5 characters in all)');
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(dialogText('short', 10)).toBe('short');
  });
});

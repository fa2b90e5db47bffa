import { describe, expect, it } from 'vitest';
import { createProgressBar } from './progressBar.ts';

function stream(isTTY: boolean): { text: string; isTTY: boolean; write(s: string): void } {
  return {
    text: '',
    isTTY,
    write(s: string) {
      this.text += s;
    },
  };
}

describe('the progress bar', () => {
  it('writes nothing when stderr is not a terminal (a log file or a pipe)', () => {
    const out = stream(false);
    const bar = createProgressBar(out, 'run');
    bar.update(0.5);
    bar.done();
    expect(out.text).toBe('');
  });

  it('draws on one line in a terminal and clears it at the end', () => {
    const out = stream(true);
    const bar = createProgressBar(out, 'run');
    bar.update(1);
    expect(out.text).toBe(`\rrun [${'#'.repeat(30)}] 100 %`);
    bar.done();
    expect(out.text.endsWith('\r')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { oneLine } from './scenarios.ts';

describe('scenario list lines', () => {
  it('keeps the first sentence', () => {
    expect(oneLine('Baseline of 2025.  More detail here.')).toBe('Baseline of 2025.');
    expect(oneLine('2025年基准。更多内容。')).toBe('2025年基准。');
  });

  it('cuts by terminal columns, wide characters counting two', () => {
    expect(oneLine('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(oneLine('青'.repeat(200), 10)).toBe(`${'青'.repeat(4)}…`);
  });
});

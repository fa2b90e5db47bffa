/**
 * Literals that stand for named constants in hot code (V8 re-checks a module-level const at every
 * use in optimised code, so the hot lines write the number). Each such line ends with a comment
 * naming what its literals stand for: `// literals: 1024 = -PRIORITY_MIN, 2 ** 42 = SEQUENCE_SPAN`.
 * `literalPins` finds them, so a test can check each against the constant's value.
 */
export interface LiteralPin {
  /** 1-based line number in the source. */
  line: number;
  /** The literal as written: a decimal integer, or `a ** b`. */
  literal: string;
  /** Its value. */
  value: number;
  /** The constant it stands for, and whether the literal is its negation (`-NAME`). */
  constant: string;
  negated: boolean;
  /** Whether the literal appears in the line's code (before the comment). */
  inCode: boolean;
}

function valueOf(literal: string): number {
  const power = /^(\d+) \*\* (\d+)$/.exec(literal);
  if (power) return Number(power[1]) ** Number(power[2]);
  if (/^\d+$/.test(literal)) return Number(literal);
  throw new Error(`literalPins: cannot read the literal "${literal}"`);
}

export function literalPins(source: string): LiteralPin[] {
  const pins: LiteralPin[] = [];
  source.split('\n').forEach((text, index) => {
    const at = text.indexOf('// literals: ');
    if (at < 0 || text.trimStart().startsWith('//') || text.trimStart().startsWith('*')) return;
    const code = text.slice(0, at);
    for (const pair of text.slice(at + '// literals: '.length).split(',')) {
      const match = /^\s*(.+?) = (-?)([A-Z_]+)\s*$/.exec(pair);
      if (!match) throw new Error(`literalPins: line ${index + 1}: cannot read "${pair.trim()}"`);
      const [, literal = '', minus, constant = ''] = match;
      pins.push({
        line: index + 1,
        literal,
        value: valueOf(literal),
        constant,
        negated: minus === '-',
        inCode: code.includes(literal),
      });
    }
  });
  return pins;
}

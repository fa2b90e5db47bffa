// A budget on the shape of JSON text, checked before JSON.parse in the main process: a 60 MB file
// of 20 million `{}` takes JSON.parse about 2 GB and half a minute, and the parsed value would then
// be copied to the page and its worker. The budget is the simulation core's (sim-core's
// scenario/jsonShape.ts, which electron may not import): no scenario nests deeper, has a longer
// list or more objects and arrays. jsonc-parser's visitor walks the text without building it
// (about 1 s for 3 million objects) and stops at the first excess.
import { visit } from 'jsonc-parser';

export const JSON_BUDGET = { maxDepth: 32, maxArrayItems: 50_000, maxContainers: 3_000_000 } as const;

export type JsonBudgetExcess = { kind: 'depth' | 'items' | 'containers'; limit: number };

class Excess extends Error {
  constructor(readonly excess: JsonBudgetExcess) {
    super(excess.kind);
  }
}

/** The first way `text` exceeds the budget, or undefined. Syntax is left to JSON.parse. */
export function jsonBudgetExcess(text: string): JsonBudgetExcess | undefined {
  // Items seen in each open array (-1 for an open object), innermost last.
  const open: number[] = [];
  let containers = 0;
  const enter = (items: number): void => {
    const top = open.length - 1;
    if (top >= 0 && open[top] === 0) open[top] = 1;
    containers += 1;
    if (containers > JSON_BUDGET.maxContainers)
      throw new Excess({ kind: 'containers', limit: JSON_BUDGET.maxContainers });
    open.push(items);
    if (open.length > JSON_BUDGET.maxDepth) throw new Excess({ kind: 'depth', limit: JSON_BUDGET.maxDepth });
  };
  try {
    visit(text, {
      onObjectBegin: () => enter(-1),
      onArrayBegin: () => enter(0),
      onObjectEnd: () => void open.pop(),
      onArrayEnd: () => void open.pop(),
      onSeparator: (character) => {
        const top = open.length - 1;
        if (character !== ',' || top < 0 || (open[top] ?? -1) < 0) return;
        open[top] = (open[top] ?? 0) + 1;
        if ((open[top] ?? 0) > JSON_BUDGET.maxArrayItems)
          throw new Excess({ kind: 'items', limit: JSON_BUDGET.maxArrayItems });
      },
      onLiteralValue: () => {
        const top = open.length - 1;
        if (top >= 0 && open[top] === 0) open[top] = 1;
      },
    });
  } catch (error) {
    if (error instanceof Excess) return error.excess;
    throw error;
  }
  return undefined;
}

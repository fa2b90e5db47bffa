// The kinds of node a scenario may hold. The one home of the list: the scenario schema validates
// against it and the renderer's network editor offers it. The engine never reads a node's kind:
// what a node does is its processes (an overseas warehouse dwells, consolidates and clears
// customs bonded as its processes say, exactly as an inland depot with the same processes would).

export const NODE_KINDS = [
  'seaport',
  'airport',
  'rail-terminal',
  'border-crossing',
  'inland-depot',
  /** Format version 3: a bonded warehouse abroad that consolidates (e-commerce) flows. */
  'overseas-warehouse',
  'city',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

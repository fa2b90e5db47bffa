// The kinds of node a scenario may hold. The one home of the list: the scenario schema validates
// against it and the renderer's network editor offers it.

export const NODE_KINDS = [
  'seaport',
  'airport',
  'rail-terminal',
  'border-crossing',
  'inland-depot',
  'city',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

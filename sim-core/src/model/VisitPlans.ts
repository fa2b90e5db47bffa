/**
 * The steps of a node visit, made once per (node, arriving mode, departing mode, document mode)
 * and shared by every consignment making such a visit: the node's consignment-unit processes
 * whose modes match (all of them when the cargo neither arrives nor departs), then the document
 * steps (origin or change of mode), coded as -(document step + 1).
 */
import { MODE_COUNT } from '../vocabulary/modes.ts';
import { visitModeMask, type CompiledScenario } from './compileScenario.ts';

/** Arriving and departing mode of a visit: -1 (none) and each mode. */
const MODE_KEYS = MODE_COUNT + 1;

export class VisitPlans {
  /** Plan steps by plan id. */
  readonly steps: Int32Array[] = [];
  /** Plan id by key (node, arrive, depart, single), -1 until first made: a typed table, no Map. */
  private readonly ids: Int32Array;

  constructor(private readonly c: CompiledScenario) {
    this.ids = new Int32Array(c.scenario.nodes.length * MODE_KEYS * MODE_KEYS * 2).fill(-1);
  }

  /** The plan id of a visit to `node`; modes are indices, -1 for none; single is 0 or 1. */
  planFor(node: number, arrive: number, depart: number, single: number): number {
    const key = ((node * MODE_KEYS + arrive + 1) * MODE_KEYS + depart + 1) * 2 + single;
    const known = this.ids[key] as number;
    if (known >= 0) return known;
    const c = this.c;
    const mask = visitModeMask(arrive, depart);
    const steps = (c.nodeConsignmentProcesses[node] as number[]).filter(
      (p) => ((c.processes[p]?.modeMask ?? 0) & mask) !== 0,
    );
    const docs = c.documents;
    let docSteps: number[] = [];
    if (depart >= 0 && arrive < 0) docSteps = single ? docs.singleOriginSteps : docs.multiSteps;
    else if (depart >= 0 && arrive >= 0 && depart !== arrive)
      docSteps = single ? docs.singleTransferSteps : docs.multiSteps;
    for (const k of docSteps) steps.push(-k - 1);
    const id = this.steps.length;
    this.steps.push(Int32Array.from(steps));
    this.ids[key] = id;
    return id;
  }
}

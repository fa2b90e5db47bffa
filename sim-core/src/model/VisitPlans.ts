/**
 * The steps of a node visit, made once per (node, arriving mode, departing mode, document mode,
 * document set) and shared by every consignment making such a visit: the node's consignment-unit processes
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
  /**
   * Plan id per node by key (arrive, depart, single, document set), -1 until first made: typed
   * tables, no Map; a node's table is made on its first visit.
   */
  private readonly ids: (Int32Array | undefined)[];
  private readonly keysPerNode: number;

  constructor(private readonly c: CompiledScenario) {
    this.ids = new Array<Int32Array | undefined>(c.scenario.nodes.length);
    this.keysPerNode = MODE_KEYS * MODE_KEYS * 2 * c.documents.setCount;
  }

  /**
   * The plan id of a visit to `node`; modes are indices, -1 for none; single is 0 or 1; `set` the
   * document set of the departing leg (compileDocuments' setFor).
   */
  planFor(node: number, arrive: number, depart: number, single: number, set: number): number {
    const key = (((arrive + 1) * MODE_KEYS + depart + 1) * 2 + single) * this.c.documents.setCount + set;
    let ids = this.ids[node];
    if (ids === undefined) {
      ids = new Int32Array(this.keysPerNode).fill(-1);
      this.ids[node] = ids;
    }
    const known = ids[key] as number;
    if (known >= 0) return known;
    const c = this.c;
    const mask = visitModeMask(arrive, depart);
    const steps = (c.nodeConsignmentProcesses[node] as number[]).filter(
      (p) => ((c.processes[p]?.modeMask ?? 0) & mask) !== 0,
    );
    const docs = c.documents;
    let docSteps: number[] = [];
    if (depart >= 0 && arrive < 0) docSteps = single ? docs.singleOriginSteps(set) : docs.multiSteps(set);
    else if (depart >= 0 && arrive >= 0 && depart !== arrive)
      docSteps = single ? docs.singleTransferSteps(set) : docs.multiSteps(set);
    for (const k of docSteps) steps.push(documentStep(k));
    const id = this.steps.length;
    this.steps.push(Int32Array.from(steps));
    ids[key] = id;
    return id;
  }
}

/**
 * A visit plan's steps: a process index (>= 0), or a document step with code k (a step of
 * CompiledDocuments) stored as -k - 1.
 */
export function documentStep(code: number): number {
  return -code - 1;
}
export function isDocumentStep(step: number): boolean {
  return step < 0;
}
/** The document step code of a step that isDocumentStep. */
export function documentCodeOf(step: number): number {
  return -step - 1;
}

/**
 * Consignment state: one 128-byte record per live consignment in one typed array (layout below),
 * reused through a free list once a consignment is delivered, so a year of a million consignments
 * allocates no per-consignment objects.
 */

/** Sizes are held in multiples of 1/1024 TEU (about 10 kg): sums of such numbers are exact in
 * float64 (below 2^43 TEU), which makes the cargo balance hold exactly, not just approximately. */
export const SIZE_QUANTUM_PER_TEU = 1024;

export function quantizeTeu(teu: number): number {
  return Math.max(1, Math.round(teu * SIZE_QUANTUM_PER_TEU)) / SIZE_QUANTUM_PER_TEU;
}

/**
 * A consignment's fields sit together in one 128-byte record (two cache lines): consignment c's
 * float64 field F is hot[HOT_STRIDE * c + F], and its integer fields are read and written through
 * the store's accessors below. Why one record: the events of a consignment come hours to days of
 * sim time apart, so its fields are out of the cache by then. With one typed array per field
 * (nine of them before), every event paid a cache miss per field it touched; now it pays for the
 * record's two adjacent lines: in callgrind's cache model (32 KB L1, 2 MB last level, 0.3
 * sim-years) D1 misses fell from 97.8 M to 89.2 M for 1.5 % more instructions.
 * The first four floats are its dwell at the current node by cause (hours), indexed by the
 * DWELL_* constants; compileScenario.ts's DWELL_CAUSE_OF_PROCESS maps process kinds to them.
 */
export const DWELL_HANDLING = 0;
export const DWELL_CUSTOMS = 1;
export const DWELL_DOCUMENTS = 2;
export const DWELL_GAUGE = 3;
/** TEU-equivalent, quantized (see SIZE_QUANTUM_PER_TEU). */
export const HOT_SIZE_TEU = 4;
/** When it reached its current node (hours). */
export const HOT_NODE_ARRIVAL = 5;
/** When it joined a departure queue (cut-off is checked against it). */
export const HOT_READY = 6;
/** Document hours over the whole trip. */
export const HOT_TRIP_DOCUMENTS = 7;
/** When it was created (hours). */
export const HOT_CREATED = 8;
/**
 * When it first boarded a vehicle (hours), -1 before: door to door minus this is the time from
 * its first departure ("port to destination", "hub to destination").
 */
export const HOT_FIRST_DEPARTURE = 15;
/** Float64 slots per record (128 bytes). */
export const HOT_STRIDE = 16;

/*
 * The rest of the record, written as literals in the accessors (V8, Node 20, reloads a module-level
 * const at every use in optimised code; these accessors are small enough that V8 always inlines
 * them, whatever the caller's size):
 *   bytes  0-71   float64 x 9: the HOT_* fields above
 *   bytes 72-75   int32 demand        (Int32 index 32c + 18)
 *   bytes 76-79   int32 itinerary     (32c + 19)
 *   bytes 80-83   int32 node          (32c + 20), the current node
 *   bytes 84-87   int32 plan          (32c + 21), the current node-visit plan
 *   byte  88      uint8 legPos        (128c + 88), the itinerary leg waited for or travelled
 *   byte  89      uint8 single        (128c + 89), 1 = single-document mode
 *   byte  90      uint8 planPos       (128c + 90), the next step of the visit plan
 *   byte  91      uint8 modes         (128c + 91), bit m set once it has ridden mode index m
 *   bytes 120-127 float64 HOT_FIRST_DEPARTURE
 */
const RECORD_BYTES = 128;

export class ConsignmentStore {
  /** The records as float64s: see HOT_STRIDE. */
  hot: Float64Array = new Float64Array(0);
  private i32: Int32Array = new Int32Array(0);
  private u8: Uint8Array = new Uint8Array(0);

  private capacity = 0;
  private used = 0;
  private free: number[] = [];
  private liveCount = 0;

  get live(): number {
    return this.liveCount;
  }

  allocate(): number {
    this.liveCount++;
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.used === this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    return this.used++;
  }

  release(c: number): void {
    this.liveCount--;
    this.free.push(c);
  }

  demand(c: number): number {
    return this.i32[32 * c + 18] as number;
  }
  setDemand(c: number, demand: number): void {
    this.i32[32 * c + 18] = demand;
  }
  itinerary(c: number): number {
    return this.i32[32 * c + 19] as number;
  }
  setItinerary(c: number, itinerary: number): void {
    this.i32[32 * c + 19] = itinerary;
  }
  node(c: number): number {
    return this.i32[32 * c + 20] as number;
  }
  setNode(c: number, node: number): void {
    this.i32[32 * c + 20] = node;
  }
  plan(c: number): number {
    return this.i32[32 * c + 21] as number;
  }
  setPlan(c: number, plan: number): void {
    this.i32[32 * c + 21] = plan;
  }
  legPos(c: number): number {
    return this.u8[128 * c + 88] as number;
  }
  setLegPos(c: number, leg: number): void {
    this.u8[128 * c + 88] = leg;
  }
  single(c: number): number {
    return this.u8[128 * c + 89] as number;
  }
  setSingle(c: number, single: number): void {
    this.u8[128 * c + 89] = single;
  }
  planPos(c: number): number {
    return this.u8[128 * c + 90] as number;
  }
  setPlanPos(c: number, step: number): void {
    this.u8[128 * c + 90] = step;
  }

  /** Size, TEU-equivalent (quantized). */
  sizeTeu(c: number): number {
    return this.hot[HOT_STRIDE * c + HOT_SIZE_TEU] as number;
  }
  setSizeTeu(c: number, teu: number): void {
    this.hot[HOT_STRIDE * c + HOT_SIZE_TEU] = teu;
  }
  /** When it was created (hours). */
  created(c: number): number {
    return this.hot[HOT_STRIDE * c + HOT_CREATED] as number;
  }
  setCreated(c: number, t: number): void {
    this.hot[HOT_STRIDE * c + HOT_CREATED] = t;
  }
  /** When it reached its current node (hours). */
  nodeArrival(c: number): number {
    return this.hot[HOT_STRIDE * c + HOT_NODE_ARRIVAL] as number;
  }
  setNodeArrival(c: number, t: number): void {
    this.hot[HOT_STRIDE * c + HOT_NODE_ARRIVAL] = t;
  }
  /** When it joined its departure queue (hours). */
  ready(c: number): number {
    return this.hot[HOT_STRIDE * c + HOT_READY] as number;
  }
  setReady(c: number, t: number): void {
    this.hot[HOT_STRIDE * c + HOT_READY] = t;
  }
  /** When it first boarded a vehicle (hours), -1 before. */
  firstDeparture(c: number): number {
    return this.hot[HOT_STRIDE * c + HOT_FIRST_DEPARTURE] as number;
  }
  setFirstDeparture(c: number, t: number): void {
    this.hot[HOT_STRIDE * c + HOT_FIRST_DEPARTURE] = t;
  }
  /** Document hours over the whole trip. */
  tripDocuments(c: number): number {
    return this.hot[HOT_STRIDE * c + HOT_TRIP_DOCUMENTS] as number;
  }
  setTripDocuments(c: number, hours: number): void {
    this.hot[HOT_STRIDE * c + HOT_TRIP_DOCUMENTS] = hours;
  }
  /** Dwell at the current node by cause (a DWELL_* constant), hours. */
  dwell(c: number, cause: number): number {
    return this.hot[HOT_STRIDE * c + cause] as number;
  }
  addDwell(c: number, cause: number, hours: number): void {
    const at = HOT_STRIDE * c + cause;
    this.hot[at] = (this.hot[at] as number) + hours;
  }
  /** Document time: the dwell's document share and the trip's document hours both grow. */
  addDocumentHours(c: number, hours: number): void {
    this.addDwell(c, DWELL_DOCUMENTS, hours);
    this.setTripDocuments(c, this.tripDocuments(c) + hours);
  }
  clearDwell(c: number): void {
    const at = HOT_STRIDE * c;
    this.hot[at + DWELL_HANDLING] = 0;
    this.hot[at + DWELL_CUSTOMS] = 0;
    this.hot[at + DWELL_DOCUMENTS] = 0;
    this.hot[at + DWELL_GAUGE] = 0;
  }

  modes(c: number): number {
    return this.u8[128 * c + 91] as number;
  }
  setModes(c: number, modes: number): void {
    this.u8[128 * c + 91] = modes;
  }

  private grow(capacity: number): void {
    const buffer = new ArrayBuffer(RECORD_BYTES * capacity);
    const bytes = new Uint8Array(buffer);
    bytes.set(this.u8);
    this.hot = new Float64Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.u8 = bytes;
    this.capacity = capacity;
  }
}

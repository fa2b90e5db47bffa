/**
 * The discrete-event kernel: clock and event queue, named random streams, distributions, a
 * c-server FIFO resource and statistics. It has no domain words and imports nothing from the rest
 * of sim-core (only the shared vocabulary sits below it); the corridor model is built on top of it.
 *
 * Design notes
 * - Time is float64 hours since the scenario start. Events run in (time, priority asc, insertion
 *   sequence) order, so equal-time events are deterministic (SimPy's rule). Priorities are
 *   integers in [-1024, 1023].
 * - The event queue (EventQueue.ts) is a 4-ary min-heap on typed arrays ((time, packed
 *   priority+sequence key) pairs in one Float64Array, slot indices in an Int32Array) while few
 *   events are pending, and a calendar queue (CalendarQueue.ts, O(1) per event) while more than
 *   256 are, with exactly the same order; handlers sit in a slot pool, so an event costs no
 *   allocation. Events are scheduled as a shared handler plus a number,
 *   `scheduleCall(delay, handler, arg)` (Resource passes its in-service slot, the model an entity
 *   index), and requests likewise, `Resource.requestCall(service, handler, arg)`; `scheduleAt`
 *   takes an absolute time (the model's timetable and bookkeeping events).
 * - A handler that throws stops the run: `SimulationError` carries the sim time, the entity named
 *   at scheduling, and the cause. The simulation then refuses to run again (its state is
 *   half-updated); nothing is swallowed.
 * - Randomness: `RandomStreams(seed).stream(name)` is pure-rand's xoroshiro128+ seeded with the
 *   128-bit cyrb128 hash of `"<seed>/<name>"`. A stream depends only on the seed and its name, so
 *   adding a stochastic source never shifts another's numbers. Use one stream per source.
 * - Distributions use exactly one uniform per draw (inverse CDF), so how far a stream advances does
 *   not depend on the values drawn.
 * - Statistics: Welford tallies and time-weighted averages (one pass, O(1) memory), and exact
 *   sample quantiles (SampleQuantiles.ts keeps each observation as float32). A Resource's queue
 *   length and busy servers are occupancy integrals (OccupancyIntegral.ts): their areas are the
 *   sums of the waits and of the service times, so they cost nothing per change. The confidence
 *   interval across replications is in ../vocabulary/confidenceInterval.ts, shared with the
 *   renderer.
 *
 * Speed is shown by `npx tsx sim-core/bench/kernelBench.ts` (M/M/1 events/second against a bare
 * Lindley recursion on the same random numbers, and against SimPy when installed).
 */
export { Simulation } from './Simulation.ts';
export type { EventHandler } from './Simulation.ts';
export { SimulationError } from './SimulationError.ts';
export { PRIORITY_MAX, PRIORITY_MIN } from './EventQueue.ts';
export { RandomStreams, cyrb128, streamState } from './RandomStreams.ts';
export type { RandomStream } from './RandomStreams.ts';
export { distributionMean, sampler } from './sampler.ts';
export type { DistributionSpec } from './sampler.ts';
export { Resource } from './Resource.ts';
export type { ResourceStats, ServedCall } from './Resource.ts';
export { Tally } from './Tally.ts';
export { TimeWeighted } from './TimeWeighted.ts';
export { OccupancyIntegral } from './OccupancyIntegral.ts';
export { SampleQuantiles } from './SampleQuantiles.ts';

// The run pool's workers, kept between runs. Starting a worker (loading the engine, setting up
// its schemas) took ~0.55 s of a core, and a run's pool started every one of its workers on each
// Run: paid in full by a two-worker run as by a one-worker run, it held the 2-core speed-up of 10
// replications under 1.6x. The app now starts the pool's workers once the launch is over, leaves
// them idle until a Run, and takes them back when the run has finished, with what they keep (a
// warm JIT, the compiled scenario for the next run of the same scenario). A cancelled or failed
// run's workers are ended (terminate() is how a run is stopped at once); the next run starts what
// is missing. No browser API here: the app keeps Web Workers in it, the tests plain objects.

export interface WarmPool<W> {
  /** Starts workers until `size` are kept (idle or in a run); none are ended. */
  warm(size: number): void;
  /** `count` workers for a run: idle ones first, fresh ones for the rest. */
  take(count: number): W[];
  /** A finished run's workers, kept idle for the next run. */
  give(workers: readonly W[]): void;
  /** Ends workers that must not run again (a cancelled or failed run's); `take` or `warm` replace them. */
  discard(workers: readonly W[]): void;
  /** Workers idle now. */
  readonly idle: number;
  /** Workers started so far (what the tests and the curious read). */
  readonly started: number;
}

export function createWarmPool<W>(start: () => W, end: (worker: W) => void): WarmPool<W> {
  const idle: W[] = [];
  const busy = new Set<W>();
  let started = 0;
  const fresh = (): W => {
    started += 1;
    return start();
  };
  return {
    warm: (size) => {
      while (idle.length + busy.size < size) idle.push(fresh());
    },
    take: (count) => {
      const taken = idle.splice(0, count);
      while (taken.length < count) taken.push(fresh());
      for (const worker of taken) busy.add(worker);
      return taken;
    },
    give: (workers) => {
      for (const worker of workers) {
        if (!busy.delete(worker)) continue; // not ours, or discarded meanwhile
        idle.push(worker);
      }
    },
    discard: (workers) => {
      for (const worker of workers) {
        busy.delete(worker);
        const at = idle.indexOf(worker);
        if (at >= 0) idle.splice(at, 1);
        end(worker);
      }
    },
    get idle() {
      return idle.length;
    },
    get started() {
      return started;
    },
  };
}

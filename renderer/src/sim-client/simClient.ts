// The only place in the renderer that talks to the simulation worker (through comlink).
import * as Comlink from 'comlink';
import type { SimApi } from '../../../sim-core/src/api/index.ts';

let remote: Comlink.Remote<SimApi> | undefined;

/** The simulation API running in its Web Worker, started on first use. */
export function getSimClient(): Comlink.Remote<SimApi> {
  if (!remote) {
    const worker = new Worker(new URL('../../../sim-core/worker/sim.worker.ts', import.meta.url), {
      type: 'module',
      name: 'scoda-sim',
    });
    remote = Comlink.wrap<SimApi>(worker);
  }
  return remote;
}

/**
 * The app's Web Worker API served on a worker_threads port, so that tests can drive the real
 * comlink protocol (proxied progress, transferred buffers) in Node. Same code as
 * sim-core/worker/sim.worker.ts, other endpoint.
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { exposeSimApi } from '../../worker/exposeSimApi.ts';
import { createYieldToHost } from '../../worker/yieldToHost.ts';

if (!parentPort) throw new Error('webWorkerNodeEntry runs inside a worker thread');
exposeSimApi(nodeEndpoint(parentPort), createYieldToHost());

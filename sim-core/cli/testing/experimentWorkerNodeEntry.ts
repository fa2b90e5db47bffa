/**
 * The app's experiment worker served on a worker_threads port, so that tests drive the real
 * comlink protocol in Node. Same code as sim-core/worker/experiment.worker.ts, other endpoint.
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { exposeExperimentApi } from '../../worker/exposeExperimentApi.ts';

if (!parentPort) throw new Error('experimentWorkerNodeEntry runs inside a worker thread');
exposeExperimentApi(nodeEndpoint(parentPort));

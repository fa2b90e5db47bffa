/**
 * A worker thread of `scoda-sim run`: compiles the scenario once (from workerData), then runs the
 * replications the main thread sends, one at a time, reporting progress per chunk and returning
 * each result with its buffers transferred. A replication depends only on the compiled scenario,
 * its index and its seed, so where it runs never changes its numbers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../../src/scenario/schema.ts';
import { transferablesOf } from '../../worker/transferables.ts';
import { runOneReplication } from './runOneReplication.ts';
import { compileScenario } from '../../src/model/index.ts';
import type { FromWorker, ToWorker } from './workerMessages.ts';

const port = parentPort;
if (!port) throw new Error('replicationWorker runs inside a worker thread');
const compiled = compileScenario((workerData as { scenario: Scenario }).scenario);

port.on('message', (message: ToWorker) => {
  const result = runOneReplication(compiled, message.replication, message.seed, (fraction) => {
    const progress: FromWorker = { type: 'progress', replication: message.replication, fraction };
    port.postMessage(progress);
  });
  const done: FromWorker = { type: 'done', replication: message.replication, result };
  port.postMessage(done, transferablesOf(result));
});

/**
 * A worker thread of `scoda-sim run`: compiles the scenario once (from workerData), then runs the
 * replications the main thread sends, one at a time, reporting progress per chunk and returning
 * each result with its buffers transferred. A replication depends only on the compiled scenario,
 * its index and its seed, so where it runs never changes its numbers.
 */
import { workerData } from 'node:worker_threads';
import type { ReplicationResult } from '../../src/api/types.ts';
import { compileScenario } from '../../src/model/index.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { transferablesOf } from '../../worker/transferables.ts';
import { runOneReplication } from './runOneReplication.ts';
import { serveTasks } from './threadPool.ts';
import type { ReplicationTask } from './runReplications.ts';

const compiled = compileScenario((workerData as { scenario: Scenario }).scenario);

serveTasks<ReplicationTask, ReplicationResult>(
  (task, onProgress) => runOneReplication(compiled, task.replication, task.seed, onProgress),
  transferablesOf,
);

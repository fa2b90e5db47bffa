// A worker thread of `scoda-sim experiment`: runs the points' replications it is sent (see
// sim-core/src/experiment/runPoint.ts) and answers with their kept figures.
import { createPointRunner, type PointTask, type ReplicationRows } from '../../src/experiment/runPoint.ts';
import { serveTasks } from '../run/threadPool.ts';

serveTasks<PointTask, ReplicationRows[]>(createPointRunner());

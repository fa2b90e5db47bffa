// Starts a worker thread on a TypeScript module. Node 20 does not apply the main thread's
// `--import tsx` hooks to a worker's entry file, so this plain-JS entry registers tsx in the
// worker first and then imports the .ts module named in workerData.tsEntry (a file URL).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.tsEntry);

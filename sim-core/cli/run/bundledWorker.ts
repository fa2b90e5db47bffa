/**
 * Worker threads on plain JavaScript: the worker's TypeScript entry and everything it imports are
 * bundled once (esbuild, in memory, a fraction of a second) and each worker evaluates the bundle.
 * A worker that registered tsx instead would transform the engine module by module on start,
 * about 1.5 s of CPU per worker, which ate the gain of a second thread on short runs.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const bundles = new Map<string, Promise<string>>();

/** The bundle of `entry` as CommonJS (what `eval` workers run), built once per process. */
export function bundleWorker(entry: URL): Promise<string> {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry.href, bundle);
  }
  return bundle;
}

/** Starts a worker thread on the bundle of `entry`. */
export async function startBundledWorker(entry: URL, options: WorkerOptions = {}): Promise<Worker> {
  return new Worker(await bundleWorker(entry), { ...options, eval: true });
}

// The launch scenario's result shipped with the app build (issue 17: first key figures within 3 s
// of a first launch). The build runs the built-in baseline through the app's own run path, once,
// and writes the run as a runs file (runFile.ts: every number bit for bit) together with the key it
// answers: engine version + engine build fingerprint | scenario SHA-256 | seed | replications
// (runArchive.ts resultCacheKey). The launch shows it only when the page's own key for the
// working scenario is that very key; any other engine build, scenario, seed or count runs live.
import { decodeRunFile, encodeRunFile } from './runFile.ts';
import type { StoredRun } from './runArchive.ts';

/** The file's name in the built app, beside index.html: the runs file, gzip-compressed (4 MB to 1). */
export const SHIPPED_RUN_FILE = 'launch-run.scoda-runs.json.gz';

/**
 * A shipped run carries the key it was computed for (`shippedKey`, with the validated scenario's
 * hash, as the result's provenance has it) and the key of the scenario file as it is loaded
 * (`inputKey`, the same but with the hash of the file's JSON before validation). The second lets
 * the launch match the file without validating it first: the same bytes validated by the same
 * engine build give the same scenario.
 */
export type ShippedRun<T extends StoredRun> = T & { shippedKey: string; inputKey: string };

/** The shipped file's text for `record`, the run computed for `keys`. */
export function encodeShippedRun(keys: { shippedKey: string; inputKey: string }, record: StoredRun): string {
  return encodeRunFile([{ ...record, shippedKey: keys.shippedKey, inputKey: keys.inputKey }]);
}

/**
 * The shipped run in `text` when it was computed for the key `keyFor` gives (either of its keys);
 * undefined for any other key (another engine build, scenario, seed or replication count: a stale
 * file is never shown as current) and for a file that cannot be read. `keyFor` is given the
 * engine version the run states: the key names the engine build too, which fixes the version.
 */
export function shippedRunFor<T extends StoredRun>(
  text: string,
  keyFor: (engineVersion: string) => string,
): ShippedRun<T> | undefined {
  let runs: unknown[];
  try {
    runs = decodeRunFile(SHIPPED_RUN_FILE, text);
  } catch {
    return undefined;
  }
  const [run] = runs as ShippedRun<T>[];
  if (runs.length !== 1 || !run) return undefined;
  const key = keyFor(run.result.provenance.engineVersion);
  return run.shippedKey === key || run.inputKey === key ? run : undefined;
}

let fetched: Promise<string | undefined> | undefined;

/**
 * The shipped file's text, fetched once (beside the page: out/web in a browser, app:// in the
 * desktop app); undefined where there is none (the dev server, a build without it).
 */
export function shippedRunText(): Promise<string | undefined> {
  fetched ??=
    typeof fetch === 'function' && typeof document !== 'undefined'
      ? fetch(new URL(SHIPPED_RUN_FILE, document.baseURI))
          .then((response) => (response.ok ? response.arrayBuffer().then(gunzippedText) : undefined))
          .catch(() => undefined)
      : Promise.resolve(undefined);
  return fetched;
}

/**
 * The text of gzip bytes, by the browser's own decompressor; bytes a server already decompressed
 * (sent with Content-Encoding: gzip) are read as they are.
 */
export async function gunzippedText(bytes: ArrayBuffer): Promise<string> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

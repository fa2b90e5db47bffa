// Runs saved as a file with their results (`.scoda-runs.json`), and read back. JSON, with every
// typed array written as { "$typed": "Float64Array", "base64": "…" } (little-endian bytes), so the
// numbers come back bit for bit. Reading checks the outline and says which file and JSON path is
// wrong; nothing is taken from a file that fails.
export const RUN_FILE_FORMAT = 'scoda-runs';
export const RUN_FILE_VERSION = 1;
export const RUN_FILE_EXTENSION = '.scoda-runs.json';

const TYPED = {
  Float64Array,
  Float32Array,
  Uint32Array,
  Int32Array,
  Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function typedName(value: unknown): TypedName | undefined {
  return (Object.keys(TYPED) as TypedName[]).find((name) => value instanceof TYPED[name]);
}

/** The file's text for these runs (any JSON-able records holding typed arrays). */
export function encodeRunFile(runs: readonly unknown[]): string {
  return JSON.stringify(
    { format: RUN_FILE_FORMAT, version: RUN_FILE_VERSION, runs },
    (_key, value: unknown) => {
      const name = typedName(value);
      if (!name) return value;
      const view = value as ArrayBufferView;
      return {
        $typed: name,
        base64: toBase64(new Uint8Array(view.buffer, view.byteOffset, view.byteLength)),
      };
    },
  );
}

export class RunFileError extends Error {
  override readonly name = 'RunFileError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reviveTyped(value: Record<string, unknown>): ArrayBufferView | undefined {
  const name = value['$typed'];
  if (typeof name !== 'string' || typeof value['base64'] !== 'string' || !(name in TYPED)) return undefined;
  const bytes = fromBase64(value['base64']);
  const Type = TYPED[name as TypedName];
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) return undefined;
  return new Type(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT);
}

/** What a run in the file must have; the path names the run for the message. */
function checkRun(run: unknown, path: string): void {
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new RunFileError(`${path}: expected ${what}`);
  };
  expect(isRecord(run), 'a run (an object)');
  const record = run as Record<string, unknown>;
  expect(typeof record['id'] === 'string', '"id" to be text');
  expect(typeof record['finishedAtMs'] === 'number', '"finishedAtMs" to be a number');
  expect(typeof record['seed'] === 'number', '"seed" to be a number');
  expect(isRecord(record['scenario']), '"scenario" to be a scenario object');
  expect(isRecord(record['scenarioName']), '"scenarioName" to be names per language');
  const result = record['result'];
  expect(isRecord(result), '"result" to be a run result');
  const { provenance, replications, bands } = result as Record<string, unknown>;
  expect(isRecord(provenance), '"result.provenance" to be an object');
  expect(isRecord(bands), '"result.bands" to be an object');
  expect(
    Array.isArray(replications) && replications.length > 0,
    '"result.replications" to be a list of at least one',
  );
}

/** The runs in a file's text; throws a RunFileError naming the file and the JSON path. */
export function decodeRunFile(fileName: string, text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) =>
      isRecord(value) && '$typed' in value ? (reviveTyped(value) ?? value) : value,
    );
  } catch (error) {
    throw new RunFileError(
      `${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!isRecord(parsed) || parsed['format'] !== RUN_FILE_FORMAT)
    throw new RunFileError(
      `${fileName}: not a runs file (expected "format": "${RUN_FILE_FORMAT}" at the top).`,
    );
  if (parsed['version'] !== RUN_FILE_VERSION)
    throw new RunFileError(
      `${fileName}: $.version is ${JSON.stringify(parsed['version'])}, expected ${RUN_FILE_VERSION}.`,
    );
  const runs = parsed['runs'];
  if (!Array.isArray(runs)) throw new RunFileError(`${fileName}: $.runs: expected a list of runs.`);
  runs.forEach((run, index) => {
    try {
      checkRun(run, `$.runs[${index}]`);
    } catch (error) {
      throw new RunFileError(`${fileName}: ${error instanceof Error ? error.message : String(error)}.`);
    }
  });
  return runs;
}

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes pretty JSON to a temporary name beside `file`, then renames: never half-written. */
export function writeJsonAtomic(file: string, value: unknown, compactArrays = true): void {
  mkdirSync(path.dirname(file), { recursive: true });
  let text = JSON.stringify(value, null, 2);
  // Keep [lon, lat] pairs on one line: the files stay readable and diffable.
  if (compactArrays) text = text.replace(/\[\n\s+(-?[\d.e-]+),\n\s+(-?[\d.e-]+)\n\s+\]/g, '[$1, $2]');
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${text}\n`, 'utf8');
  renameSync(tmp, file);
}

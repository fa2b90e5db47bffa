// `npm run bench`: runs every benchmark one after the other (never in parallel: they measure wall
// time) and prints one JSON object with each one's own JSON. Each bench also runs alone:
//   npx tsx sim-core/bench/<name>.ts
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = [
  ['kernel', 'kernelBench.ts'],
  ['network', 'networkBench.ts'],
  ['replicationScaling', 'replicationScaling.ts'],
];

const only = process.argv.slice(2);
const results = {};
for (const [name, file] of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue;
  const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
  process.stderr.write(`bench: ${name}...\n`);
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 << 20,
    });
    results[name] = parseJson(output);
  } catch (error) {
    results[name] = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    process.exitCode = 1;
  }
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);

/** A bench prints one JSON object; anything it printed before it is skipped. */
function parseJson(output) {
  try {
    return JSON.parse(output);
  } catch {
    const start = output.indexOf('{');
    return start >= 0 ? JSON.parse(output.slice(start)) : { output };
  }
}

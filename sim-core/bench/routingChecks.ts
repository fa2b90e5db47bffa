/**
 * The routing checks of issue 14 on the built-in scenarios, as one JSON object (5 replications,
 * base seed 7, as `npx scoda-sim run <id> --replications 5 --seed 7` seeds them):
 * - longestServiceWaitDays: per scenario, the longest any consignment waited for a departure at
 *   one node (over replications and demands), and the demand; the bar is 60 days;
 * - seaRail: in corridor-growth-2018-2030, the mean sea–rail door-to-door days per year (mean over
 *   replications) and the largest ratio of a year to the year before; the bar is 1.5;
 * - alashankouDiversion: TEU on the Urumqi–Khorgos link during the throttle window (weeks starting
 *   2025-03-03 .. 2025-04-07) in alashankou-disruption and in the same run without the throttle
 *   (baseline-2025, which differs from it by the throttle alone), per replication (same seeds).
 *
 *   npx tsx sim-core/bench/routingChecks.ts [--replications N] [--seed S] [--only id,id]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReplicationResult } from '../src/api/types.ts';
import { replicationSeed } from '../src/model/index.ts';
import { parseScenario } from '../src/scenario/ScenarioError.ts';
import { runReplications } from '../cli/run/runReplications.ts';

const SCENARIOS = fileURLToPath(new URL('../../assets/scenarios/', import.meta.url));
const WINDOW = { from: '2025-03-03', to: '2025-04-14' };
const KHORGOS_LINKS = ['rail-urumqi-khorgos', 'rail-khorgos-almaty'];
const ALASHANKOU_LINKS = ['rail-urumqi-alashankou', 'rail-alashankou-aktogay'];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const replications = Number(arg('replications', '5'));
const seed = Number(arg('seed', '7'));
const only = arg('only', '');
const ids = (
  JSON.parse(readFileSync(`${SCENARIOS}index.json`, 'utf8')) as { scenarios: { id: string }[] }
).scenarios
  .map((s) => s.id)
  .filter((id) => only === '' || only.split(',').includes(id));

async function run(id: string): Promise<ReplicationResult[]> {
  const scenario = parseScenario(JSON.parse(readFileSync(`${SCENARIOS}${id}.json`, 'utf8')));
  const seeds = Array.from({ length: replications }, (_, i) => replicationSeed(seed, i));
  return runReplications(scenario, seeds, 2, () => undefined);
}

function longestWait(results: ReplicationResult[]): { days: number; demand: string } {
  let days = 0;
  let demand = '';
  for (const r of results) {
    const t = r.transitTimes;
    // Absent in results from before the measure existed (a run of an older checkout).
    (t.maxServiceWaitDays ?? []).forEach((d, i) => {
      if (d > days) {
        days = d;
        demand = t.demandIds[i] ?? '';
      }
    });
  }
  return { days: round(days), demand };
}

function seaRail(results: ReplicationResult[]): { years: number[]; meanDays: number[]; maxRatio: number } {
  const years = results[0]?.kpis.years ?? [];
  const meanDays = years.map((_, y) => {
    const values = results.map((r) => r.kpis.meanSeaRailTransitDays[y] as number).filter(Number.isFinite);
    return round(values.reduce((a, b) => a + b, 0) / values.length);
  });
  let maxRatio = 0;
  for (let y = 1; y < meanDays.length; y++)
    maxRatio = Math.max(maxRatio, (meanDays[y] as number) / (meanDays[y - 1] as number));
  return { years, meanDays, maxRatio: round(maxRatio) };
}

/** TEU on the links during the window's weeks, per replication. */
function windowTeu(results: ReplicationResult[], links: string[]): number[] {
  return results.map((r) => {
    const weeks = r.weeks.startDates
      .map((d, i) => (d >= WINDOW.from && d < WINDOW.to ? i : -1))
      .filter((i) => i >= 0);
    const m = r.links.teu;
    let teu = 0;
    for (const link of links) {
      const l = r.linkIds.indexOf(link);
      for (const w of weeks) teu += m.values[w * m.entities + l] as number;
    }
    return round(teu);
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const out: Record<string, unknown> = { replications, seed };
const waits: Record<string, unknown> = {};
const byId = new Map<string, ReplicationResult[]>();
for (const id of ids) {
  const results = await run(id);
  byId.set(id, results);
  waits[id] = longestWait(results);
  if (id === 'corridor-growth-2018-2030') out.seaRail = seaRail(results);
}
out.longestServiceWaitDays = waits;
const throttled = byId.get('alashankou-disruption');
const base = byId.get('baseline-2025');
if (throttled !== undefined && base !== undefined) {
  const khorgos = windowTeu(throttled, KHORGOS_LINKS);
  const khorgosBase = windowTeu(base, KHORGOS_LINKS);
  out.alashankouDiversion = {
    window: WINDOW,
    khorgosTeuThrottled: khorgos,
    khorgosTeuWithoutThrottle: khorgosBase,
    khorgosExtraTeu: khorgos.map((k, i) => round(k - (khorgosBase[i] as number))),
    alashankouTeuThrottled: windowTeu(throttled, ALASHANKOU_LINKS),
    alashankouTeuWithoutThrottle: windowTeu(base, ALASHANKOU_LINKS),
  };
}
console.log(JSON.stringify(out, null, 2));

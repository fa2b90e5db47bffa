/**
 * The built-in scenarios as plans: which year each stands for and what changes over time.
 * Dates of interventions are the published opening dates (sources.ts) or stated estimates.
 */
import type { Intervention } from '../../src/scenario/schema.ts';
import { buildCorridors } from './corridors.ts';
import { hubTrains } from './history.ts';
import { hubTrainsOf, type PlanContext, type ScenarioPlan } from './scenarioBuilder.ts';
import { TEXTS } from './scenarioTexts.ts';
import { AIR, RAIL, SEA, type RailSpec } from './services.ts';
import { estimate } from './sources.ts';

const text = (id: string) => {
  const t = TEXTS[id];
  if (t === undefined) throw new Error(`no texts for scenario ${id}`);
  return t;
};

/** Days from `from` to `to` (ISO dates), computed in UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** One reporting year after a month of warm-up (trains and ships already under way on 1 January). */
function oneYear(year: number): Pick<ScenarioPlan, 'startDate' | 'warmupDays' | 'durationDays'> {
  const startDate = `${year - 1}-12-01`;
  return { startDate, warmupDays: 31, durationDays: daysBetween(startDate, `${year + 1}-01-01`) };
}

const SCO_CORRIDORS = [
  'central-asia-rail',
  'russia-rail',
  'europe-rail',
  'russia-sea',
  'south-asia-sea',
  'japan-korea-land-sea',
  'air-central-asia',
  'air-russia',
];

const add = (ctx: PlanContext, id: string, from: string, perWeek?: number): Intervention => ({
  kind: 'add-service',
  from,
  service: ctx.service(id, perWeek),
});

const shock = (corridor: string, window: { from: string; to?: string }, factor: number): Intervention => ({
  kind: 'demand-shock',
  ...window,
  corridor,
  factor,
});

const baseline2025: ScenarioPlan = {
  id: 'baseline-2025',
  ...text('baseline-2025'),
  ...oneYear(2025),
  hubTrains: hubTrains(2025),
  exclude: [],
  // The Land-Sea Express runs its own estimated frequency (railTable.ts), not a share of the hub count.
  fixedRail: ['land-sea-express'],
  scale: { sea: 1, air: 1 },
  granularity: 1,
  // Qingdao Port's first single-document sea-rail shipment was a pilot in January 2025 (B): a few per cent (C).
  singleDocument: { 'japan-korea-land-sea': 0.05 },
};

const baseline2022: ScenarioPlan = {
  id: 'baseline-2022',
  ...text('baseline-2022'),
  ...oneYear(2022),
  hubTrains: hubTrains(2022),
  exclude: [
    'sco-moscow-tongjiang',
    'sea-vladivostok',
    'vladivostok-moscow-rail',
    'sea-india-east',
    'sea-pakistan-gulf',
    'air-liege-freighter',
    'air-frankfurt-freighter',
    // Passenger flights to Korea and Japan were largely suspended in 2022 (C): no belly capacity.
    'air-incheon-belly',
    'air-osaka-belly',
    'air-tokyo-belly',
  ],
  // The first Budapest train ran in July 2022: half the year at its 2024 weekly frequency. The
  // Land-Sea Express at 60 % of 2025 (~75 a year: ~130 in 2025 less ~20 % a year, railTable.ts).
  fixedRail: ['land-sea-express'],
  frequencyShare: { 'europe-budapest': 0.5, 'land-sea-express': 0.6 },
  scale: { sea: 0.85, air: 0.85 },
  granularity: 1,
  demandOfAdded: ['sea-vladivostok'],
  interventions: (ctx) => [
    add(ctx, 'sea-vladivostok', '2022-09-14'),
    add(ctx, 'vladivostok-moscow-rail', '2022-09-14'),
    shock('russia-sea', { from: '2021-12-01', to: '2022-09-14' }, 0),
  ],
};

const singleDocument: ScenarioPlan = {
  ...baseline2025,
  id: 'single-document',
  ...text('single-document'),
  singleDocument: { 'japan-korea-land-sea': 1 },
};

const alashankouDisruption: ScenarioPlan = {
  ...baseline2025,
  id: 'alashankou-disruption',
  ...text('alashankou-disruption'),
  interventions: () => [
    { kind: 'throttle-node', node: 'alashankou', from: '2025-03-03', to: '2025-04-14', factor: 0.3 },
  ],
};

/**
 * A ready-made question from the SCODA tasks ("open more trunk routes from Qingdao Port to SCO
 * countries, Japan and Korea"): a weekly Karachi express without the Gulf leg, from March 2025,
 * and more sailings to Vladivostok, Korea and Japan. Frequencies are a planner's what-if (C).
 */
const TRUNK_FROM = '2025-03-03';
const newTrunkRoutes: ScenarioPlan = {
  ...baseline2025,
  id: 'new-trunk-routes',
  ...text('new-trunk-routes'),
  interventions: (ctx) => {
    const gulf = ctx.service('sea-pakistan-gulf');
    const karachiExpress = {
      ...gulf,
      id: 'sea-karachi-express',
      name: {
        en: 'Qingdao–Karachi express (via Port Klang)',
        zh: '青岛—卡拉奇快航（经巴生港）',
        ru: 'Экспресс Циндао — Карачи (через Порт-Кланг)',
      },
      stops: gulf.stops.slice(0, 3),
      legHours: gulf.legHours.slice(0, 2),
      timetable: { departuresPerWeek: 1, firstDepartureHour: 100 },
      provenance: estimate(
        2025,
        'what-if service: the sea-pakistan-gulf loop ending at Karachi, same vessel and leg times, weekly',
      ),
    };
    const more = (service: string, factor: number): Intervention => ({
      kind: 'scale-frequency',
      service,
      from: TRUNK_FROM,
      factor,
    });
    return [
      { kind: 'add-service', from: TRUNK_FROM, service: karachiExpress },
      more('sea-vladivostok', 2),
      more('sea-busan', 1.5),
      more('sea-incheon', 1.5),
      more('sea-osaka-kobe', 1.5),
      more('sea-tokyo-yokohama', 1.5),
    ];
  },
};

/**
 * A factor a year on a set of services, as open-ended steps: from each sim year's start the
 * factor is multiplied by F(year) / F(year - 1), so the active steps multiply to F(year) / F(first - 1)
 * (the engine multiplies overlapping windows). Steps rather than one window a year keep the
 * validator's upper-bound estimate of the run size (the product of all windows) honest.
 */
function cumulative(
  kind: 'scale-frequency' | 'scale-capacity',
  ids: string[],
  years: number[],
  factor: (year: number) => number,
): Intervention[] {
  const out: Intervention[] = [];
  let previous = 1;
  for (const year of years) {
    const f = factor(year);
    const step = Math.round((f / previous) * 10_000) / 10_000;
    previous = f;
    if (step === 1) continue;
    for (const service of ids) out.push({ kind, service, from: `${year - 1}-12-01`, factor: step });
  }
  return out;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const scodaTargets: ScenarioPlan = {
  ...baseline2025,
  id: 'scoda-targets',
  ...text('scoda-targets'),
  startDate: '2025-12-01',
  warmupDays: 31,
  durationDays: daysBetween('2025-12-01', '2031-01-01'),
  scaleWeekdayServices: true,
  granularity: 2,
  growth: Object.fromEntries(SCO_CORRIDORS.map((c) => [c, 0.1])),
  // Services grow with their corridor's demand, so the question is whether the hub and the
  // crossings keep up, not whether timetables were forgotten.
  interventions: () => {
    const growth = (corridor: string): number =>
      SCO_CORRIDORS.includes(corridor)
        ? 0.1
        : (buildCorridors().find((c) => c.id === corridor)?.growthPerYear ?? 0);
    const out: Intervention[] = [];
    const years = range(2027, 2030);
    for (const r of RAIL.filter((x) => x.brand !== 'background'))
      out.push(
        ...cumulative('scale-frequency', [r.id], years, (y) => (1 + growth(r.corridor)) ** (y - 2026)),
      );
    for (const x of [...SEA, ...AIR])
      out.push(...cumulative('scale-capacity', [x.id], years, (y) => (1 + growth(x.corridor)) ** (y - 2026)));
    return out;
  },
};

/** Multi-year: the 2018 network, then each year's train count and the routes that opened. */
const GROWTH_ADDED: [id: string, from: string, corridorShock?: string][] = [
  ['air-moscow-freighter', '2021-01-01', 'air-russia'],
  ['air-almaty-freighter', '2021-06-10', 'air-central-asia'],
  ['sea-vladivostok', '2022-09-14', 'russia-sea'],
  ['vladivostok-moscow-rail', '2022-09-14'],
  ['air-liege-freighter', '2023-04-11', 'air-europe'],
  ['air-frankfurt-freighter', '2023-04-11'],
  ['sco-moscow-tongjiang', '2024-06-01'],
];
const RAIL_CORRIDOR_GROWTH: Record<string, number> = {
  'central-asia-rail': 0.16,
  'russia-rail': 0.16,
  'europe-rail': 0.16,
  'mongolia-rail': 0.16,
};
const GROWTH_START = 2018;

function growthInterventions(ctx: PlanContext): Intervention[] {
  const out: Intervention[] = [];
  const start = `${GROWTH_START - 1}-12-01`;
  for (const [id, from, corridor] of GROWTH_ADDED) {
    const r = RAIL.find((x) => x.id === id);
    out.push(add(ctx, id, from, r === undefined ? undefined : ctx.railPerWeek(r)));
    if (corridor !== undefined) out.push(shock(corridor, { from: start, to: from }, 0));
  }
  // Train frequency each year relative to 2018, to follow the yearly hub counts (history.ts).
  const tongjiang = RAIL.find((r) => r.id === 'sco-moscow-tongjiang') as RailSpec;
  const scalable = RAIL.filter((r) => ctx.scalableRail.includes(r.id));
  const baseTrains = scalable.reduce((sum, r) => sum + hubTrainsOf(r, ctx.railPerWeek(r)), 0);
  // Trains that keep their frequency (the Land-Sea Express) count towards each year's total too.
  const fixedTrains = RAIL.filter(
    (r) =>
      ['sco', 'europe', 'land-sea'].includes(r.brand) &&
      !ctx.scalableRail.includes(r.id) &&
      !GROWTH_ADDED.some(([id]) => id === r.id),
  ).reduce((sum, r) => sum + hubTrainsOf(r, ctx.railPerWeek(r)), 0);
  const years = range(GROWTH_START + 1, 2030);
  const factor = (year: number): number => {
    const tong = year > 2024 ? 1 : year === 2024 ? 0.5 : 0;
    return (
      (hubTrains(year) - fixedTrains) /
      (baseTrains + tong * hubTrainsOf(tongjiang, ctx.railPerWeek(tongjiang)))
    );
  };
  out.push(...cumulative('scale-frequency', [...ctx.scalableRail, tongjiang.id], years, factor));
  // Rail demand grows by the corridor's rate; shocks put each year on the published count (as
  // open-ended steps that multiply, like the frequency steps).
  for (const [corridor, g] of Object.entries(RAIL_CORRIDOR_GROWTH)) {
    let previous = 1;
    for (const year of years) {
      const level = factor(year) / (1 + g) ** (year - GROWTH_START);
      const step = Math.round((level / previous) * 10_000) / 10_000;
      previous = level;
      if (step !== 1) out.push(shock(corridor, { from: `${year - 1}-12-01` }, step));
    }
  }
  // Air to Japan and Korea outgrows its 2025 fleet by the late 2020s: 30 % more flights from 2027.
  const eastAsiaAir = AIR.filter((a) => a.corridor === 'air-east-asia').map((a) => a.id);
  out.push(...cumulative('scale-frequency', eastAsiaAir, [2027], () => 1.3));
  return out;
}

const corridorGrowth: ScenarioPlan = {
  id: 'corridor-growth-2018-2030',
  ...text('corridor-growth-2018-2030'),
  startDate: `${GROWTH_START - 1}-12-01`,
  warmupDays: 31,
  durationDays: daysBetween(`${GROWTH_START - 1}-12-01`, '2031-01-01'),
  hubTrains: hubTrains(GROWTH_START),
  scaleWeekdayServices: true,
  // The Land-Sea Express keeps its 2025 train and cargo all along: scaled down to 2018's train
  // count it would run every few weeks, and its Japanese and Korean cargo would wait a month.
  fixedRail: ['land-sea-express'],
  // ... at 60 % of its 2025 frequency (1.5 a week, ~80 a year): the whole run's mean of a train
  // that grew to ~130 a year by 2025 (railTable.ts); 2.5 a week would exceed 2018's hub count.
  frequencyShare: { 'land-sea-express': 0.6 },
  exclude: GROWTH_ADDED.map(([id]) => id),
  demandOfAdded: GROWTH_ADDED.filter(([, , corridor]) => corridor !== undefined)
    .map(([id]) => id)
    .concat(['air-frankfurt-freighter']),
  scale: { sea: 0.6, air: 0.75 },
  granularity: 4,
  growth: {
    ...RAIL_CORRIDOR_GROWTH,
    'japan-korea-land-sea': 0,
    'korea-sea': 0.045,
    'japan-sea': 0.045,
    'south-asia-sea': 0.045,
    'gulf-sea': 0.045,
    // Corridors that open during the run keep their 2025 level: their growth would otherwise
    // compound from 2018, before they existed.
    'russia-sea': 0,
    'air-central-asia': 0,
    'air-russia': 0,
    'air-europe': 0,
  },
  interventions: growthInterventions,
};

/** In display order. */
export const PLANS: ScenarioPlan[] = [
  baseline2025,
  baseline2022,
  scodaTargets,
  singleDocument,
  alashankouDisruption,
  corridorGrowth,
  newTrunkRoutes,
];

/**
 * The built-in scenarios as plans: which year each stands for and what changes over time.
 * Dates of interventions are the published opening dates (sources.ts) or stated estimates.
 */
import { polylineKm } from '../../src/network/geo.ts';
import type { Demand, Intervention, Service } from '../../src/scenario/schema.ts';
import { buildCorridors } from './corridors.ts';
import { hubTrains } from './history.ts';
import { legHoursAround, plannedDemand, plannedLink, plannedNode } from './planNetwork.ts';
import { HUB, type PlanContext, type PlanNetwork, type ScenarioPlan } from './scenarioBuilder.ts';
import { TEXTS } from './scenarioTexts.ts';
import { AIR, RAIL, SEA, type RailSpec } from './services.ts';
import { assumption, estimate, SRC } from './sources.ts';
import { STANDBY_RETURN_WAIT_HOURS } from '../../src/model/VehicleFlow.ts';
import { HOURS_PER_WEEK } from '../../src/vocabulary/time.ts';

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

/**
 * The multi-year plans' hub trains run an extra train when two train-loads wait, at most one a week
 * each: over years, a train that runs every week or two builds queues of several train-loads in a
 * busy spell, and operators add a train then.
 */
const MULTI_YEAR_AD_HOC = {
  maxPerWeek: 1,
  minLoadShare: 2,
  note: 'assumption: over several years a hub train that runs every week or few weeks builds queues of several train-loads in a busy spell; as operators do, an extra train leaves when two train-loads wait (more than the next departure takes), at most one a week per service',
};

const scodaTargets: ScenarioPlan = {
  ...baseline2025,
  id: 'scoda-targets',
  ...text('scoda-targets'),
  startDate: '2025-12-01',
  warmupDays: 31,
  durationDays: daysBetween('2025-12-01', '2031-01-01'),
  scaleWeekdayServices: true,
  adHocHubRail: MULTI_YEAR_AD_HOC,
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
/**
 * The fewest departures a week a hub train runs in the growth story (one every 3 weeks, a model
 * choice): scaled down to 2018's count with the others, the Minsk, Duisburg and Dushanbe trains
 * would run twice a year and their cargo would wait half a year for one. A year whose count
 * cannot run every hub train that often lowers it for all (2018 and 2019).
 */
export const GROWTH_MIN_PER_WEEK = 1 / 3;
const WEEKS_PER_YEAR = 52.18;

/**
 * Return runs a week of a hub train running `perWeek` times: its return share, but at least one
 * every STANDBY_RETURN_WAIT_HOURS (3 weeks) when runs go out that often, as the engine's standby
 * rule sends a run back once return cargo has waited that long (never more than went out).
 */
export function returnsPerWeek(spec: RailSpec, perWeek: number): number {
  return Math.max(perWeek * spec.returnShare, Math.min(perWeek, HOURS_PER_WEEK / STANDBY_RETURN_WAIT_HOURS));
}

/** Trains a year a hub train adds to the hub's count, its standby returns included. */
function hubTrainsWithReturns(spec: RailSpec, perWeek: number): number {
  const out = perWeek + returnsPerWeek(spec, perWeek);
  return out * WEEKS_PER_YEAR * (spec.stops[0] === HUB ? 1 : 2);
}

/**
 * Departures a week of each hub train in `year` of the growth story: its 2025 frequency x one
 * factor K shared by all, but never below the floor (GROWTH_MIN_PER_WEEK, or what the year's
 * count allows), with K such that the hub sees the year's published or estimated train count
 * (history.ts), standby returns included. K is found by bisection (the count grows with K).
 * `weight` is the share of the year a service runs (Tongjiang opened in June 2024).
 */
export function growthFrequencies(
  services: readonly { spec: RailSpec; perWeek2025: number; weight: number }[],
  trains: number,
): { k: number; floor: number; perWeek: number[] } {
  const count = (k: number, floor: number) =>
    services.reduce(
      (sum, s) => sum + s.weight * hubTrainsWithReturns(s.spec, Math.max(k * s.perWeek2025, floor)),
      0,
    );
  const solve = (target: number, f: (x: number) => number): number => {
    let lo = 0;
    let hi = 1;
    while (f(hi) < target) hi *= 2;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) < target) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  // The floor leaves a tenth of the count to the busier trains when the full floor does not fit.
  const floor =
    count(0, GROWTH_MIN_PER_WEEK) <= 0.9 * trains
      ? GROWTH_MIN_PER_WEEK
      : solve(0.9 * trains, (f) => count(0, f));
  const k = solve(trains, (x) => count(x, floor));
  return { k, floor, perWeek: services.map((s) => Math.max(k * s.perWeek2025, floor)) };
}

function growthInterventions(ctx: PlanContext): Intervention[] {
  const out: Intervention[] = [];
  const start = `${GROWTH_START - 1}-12-01`;
  for (const [id, from, corridor] of GROWTH_ADDED) {
    const r = RAIL.find((x) => x.id === id);
    out.push(add(ctx, id, from, r === undefined ? undefined : ctx.railPerWeek(r)));
    if (corridor !== undefined) out.push(shock(corridor, { from: start, to: from }, 0));
  }
  // Every hub train (the Land-Sea Express included) runs its 2025 frequency x each year's factor,
  // at least once in 3 weeks, so the hub sees each year's count. The base network is 2025's;
  // each service's frequency steps from the first sim year's start.
  const tongjiang = RAIL.find((r) => r.id === 'sco-moscow-tongjiang') as RailSpec;
  const hubRail = [...RAIL.filter((r) => ctx.scalableRail.includes(r.id)), tongjiang];
  const years = range(GROWTH_START, 2030);
  const plans = years.map((year) =>
    growthFrequencies(
      hubRail.map((spec) => ({
        spec,
        perWeek2025: ctx.railPerWeek(spec),
        weight: spec !== tongjiang ? 1 : year > 2024 ? 1 : year === 2024 ? 0.5 : 0,
      })),
      hubTrains(year),
    ),
  );
  hubRail.forEach((spec, i) => {
    const base = ctx.railPerWeek(spec);
    out.push(
      ...cumulative(
        'scale-frequency',
        [spec.id],
        years,
        (year) => (plans[year - GROWTH_START]?.perWeek[i] as number) / base,
      ),
    );
  });
  // Rail demand follows the shared factor (trains at their floor run part-loaded): the corridor's
  // growth x shocks that put each year's demand at K x its 2025 level (open-ended steps that
  // multiply, like the frequency steps). The Land-Sea Express's corridor does not grow by itself.
  const growth: Record<string, number> = { ...RAIL_CORRIDOR_GROWTH, 'japan-korea-land-sea': 0 };
  for (const [corridor, g] of Object.entries(growth)) {
    let previous = 1;
    for (const year of years) {
      const level = (plans[year - GROWTH_START]?.k as number) / (1 + g) ** (year - GROWTH_START);
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
  // The network and its demand as in 2025; the interventions take each year to its train count.
  hubTrains: hubTrains(2025),
  adHocHubRail: MULTI_YEAR_AD_HOC,
  scaleWeekdayServices: true,
  exclude: GROWTH_ADDED.map(([id]) => id),
  demandOfAdded: GROWTH_ADDED.filter(([, , corridor]) => corridor !== undefined)
    .map(([id]) => id)
    .concat(['air-frankfurt-freighter']),
  scale: { sea: 0.6, air: 0.75 },
  granularity: 2,
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

const WEEKS = 52.18;
const find = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const found = list.find((item) => item.id === id);
  if (found === undefined) throw new Error(`scenarios.ts: no "${id}"`);
  return found;
};
/** Consignment sizes of the tables: sea in 2-16 TEU lots, rail in 1-4 TEU, air in 1-8 t. */
const SEA_LOTS = { kind: 'empirical' as const, values: [2, 4, 8, 16], weights: [0.25, 0.35, 0.25, 0.15] };
const RAIL_LOTS = { kind: 'empirical' as const, values: [1, 2, 4], weights: [0.3, 0.5, 0.2] };
const AIR_LOTS = { kind: 'empirical' as const, values: [1, 2, 4, 8], weights: [0.35, 0.3, 0.2, 0.15] };

/**
 * (a) New SCO trunk routes: a weekly Qingdao–Port Klang–Karachi–Chabahar loop (Iran's
 * Shahid Beheshti terminal, a port the tables do not have) and a weekly SCO Express to Samarkand,
 * a Central Asian destination no train of the baseline serves (on the Tashkent–Termez line the
 * Dushanbe train already runs). Both are a planner's what-if from the first day; volumes are
 * estimates sized to the new services.
 */
function scoTrunkNetwork(base: PlanNetwork, ctx: PlanContext): PlanNetwork {
  const karachi = find(base.nodes, 'karachi');
  const tashkent = find(base.nodes, 'tashkent');
  const chabahar = plannedNode(
    'chabahar',
    'seaport',
    ['Chabahar (Shahid Beheshti)', '恰巴哈尔港（沙希德·贝赫什提）', 'Порт Чабахар (Шахид Бехешти)'],
    [60.62, 25.3],
    'IR',
    // A foreign terminal as the tables model one: a dwell that never queues.
    karachi.processes,
    SRC.coordinates,
  );
  const samarkand = plannedNode(
    'samarkand',
    'rail-terminal',
    ['Samarkand', '撒马尔罕', 'Самарканд'],
    // The Tashkent–Termez line's waypoint at Samarkand (railPaths.ts), so the new link follows it.
    [66.96, 39.65],
    'UZ',
    tashkent.processes,
    SRC.coordinates,
  );
  const nodes = [...base.nodes, chabahar, { ...samarkand, gaugeMm: 1520 as const }];
  const dushanbeLine = find(base.links, 'rail-tashkent-dushanbe');
  const atSamarkand = dushanbeLine.geometry.findIndex(([lon, lat]) => lon === 66.96 && lat === 39.65);
  if (atSamarkand < 0) throw new Error('scenarios.ts: the Tashkent–Dushanbe line no longer passes Samarkand');
  const seaLink = plannedLink(nodes, base.links, 'sea', 'karachi', 'chabahar');
  const railLink = plannedLink(nodes, base.links, 'rail', 'tashkent', 'samarkand', {
    acceptPlaceholder: 'never: the geometry is the existing Tashkent–Termez line',
    geometry: dushanbeLine.geometry.slice(0, atSamarkand + 1),
  });
  // As long as the same share of the Tashkent–Dushanbe line's length (its rail waypoints).
  railLink.distanceKm = Math.round(
    (polylineKm(railLink.geometry) / polylineKm(dushanbeLine.geometry)) * dushanbeLine.distanceKm,
  );
  railLink.provenance = estimate(
    2025,
    'length: the share of the Tashkent–Dushanbe line up to its Samarkand waypoint (the same rail waypoints)',
  );
  const links = [...base.links, seaLink, railLink];

  const gulf = ctx.service('sea-pakistan-gulf');
  // The gulf loop's speed on its Karachi–Jebel Ali leg (km per hour) sets the Chabahar leg.
  const gulfLeg = find(base.links, 'sea-karachi-jebel-ali');
  const gulfHours = gulf.legHours[2];
  const seaKmh = gulfLeg.distanceKm / (gulfHours?.kind === 'triangular' ? gulfHours.mode : 49.5);
  const chabaharLoop: Service = {
    ...gulf,
    id: 'sea-karachi-chabahar',
    name: {
      en: 'Qingdao–Karachi–Chabahar (via Port Klang)',
      zh: '青岛—卡拉奇—恰巴哈尔航线（经巴生港）',
      ru: 'Циндао — Карачи — Чабахар (через Порт-Кланг)',
    },
    stops: ['qingdao-port', 'port-klang', 'karachi', 'chabahar'],
    legHours: [...gulf.legHours.slice(0, 2), legHoursAround(seaKmh > 0 ? seaLink.distanceKm / seaKmh : 24)],
    timetable: { departuresPerWeek: 1, firstDepartureHour: 110 },
    provenance: estimate(
      2025,
      "what-if service: the sea-pakistan-gulf vessel (1,300 TEU) calling at Chabahar instead of Jebel Ali, weekly; Chabahar leg at the gulf loop's speed",
    ),
  };
  const tashkentTrain = ctx.service('sco-tashkent', 1);
  const lastLeg = tashkentTrain.legHours[tashkentTrain.legHours.length - 1];
  const almatyTashkent = find(base.links, 'rail-almaty-tashkent');
  const railKmh = almatyTashkent.distanceKm / (lastLeg?.kind === 'triangular' ? lastLeg.mode : 30.9);
  const samarkandTrain: Service = {
    ...tashkentTrain,
    id: 'sco-samarkand',
    name: {
      en: 'SCO Express Jiaozhou–Samarkand (via Alashankou, Tashkent)',
      zh: '上合快线 胶州—撒马尔罕（经阿拉山口、塔什干）',
      ru: '«Экспресс ШОС» Цзяочжоу — Самарканд (через Алашанькоу и Ташкент)',
    },
    stops: [...tashkentTrain.stops, 'samarkand'],
    legHours: [...tashkentTrain.legHours, legHoursAround(railLink.distanceKm / railKmh)],
    timetable: { departuresPerWeek: 1, firstDepartureHour: 80 },
    provenance: assumption(
      2025,
      "what-if SCO Express, weekly: the Tashkent train's path and wagons run on to Samarkand at the Almaty–Tashkent leg's speed; no such train is announced",
    ),
  };
  const services = [...base.services, chabaharLoop, samarkandTrain];

  const trainTeu = 'teu' in samarkandTrain.capacity ? samarkandTrain.capacity.teu : 0;
  const out = trainTeu * WEEKS * 0.75;
  const back = trainTeu * WEEKS * samarkandTrain.returnShare * 0.6;
  const railNote = (share: string) =>
    estimate(
      2025,
      `sized to fill 75 % of the weekly sco-samarkand train out and 60 % of its return runs; commodity share ${share}`,
    );
  const seaNote = (what: string) =>
    estimate(
      2025,
      `Chabahar's share of the new weekly loop (1,300 TEU): ${what}; value per TEU as the Karachi rows`,
    );
  const demand: Demand[] = [
    ...base.demand,
    ...(
      [
        ['machinery-electrical', 0.5, 60_000],
        ['consumer-goods', 0.5, 35_000],
      ] as const
    ).map(([commodity, share, value]) =>
      plannedDemand({
        origin: 'jiaozhou-hub',
        destination: 'samarkand',
        commodity,
        unit: 'teu',
        annualVolume: Math.round(out * share),
        valuePerUnitUsd: value,
        direction: 'export',
        corridor: 'central-asia-rail',
        consignmentSize: RAIL_LOTS,
        provenance: railNote(`${share * 100} %`),
      }),
    ),
    plannedDemand({
      origin: 'samarkand',
      destination: 'jiaozhou-hub',
      commodity: 'agricultural-products',
      unit: 'teu',
      annualVolume: Math.round(back),
      valuePerUnitUsd: 15_000,
      direction: 'import',
      corridor: 'central-asia-rail',
      consignmentSize: RAIL_LOTS,
      provenance: railNote('100 %'),
    }),
    plannedDemand({
      origin: 'qingdao-port',
      destination: 'chabahar',
      commodity: 'manufactured-goods',
      unit: 'teu',
      annualVolume: 6_000,
      valuePerUnitUsd: 40_000,
      direction: 'export',
      corridor: 'south-asia-sea',
      consignmentSize: SEA_LOTS,
      provenance: seaNote('about 115 TEU a week out'),
    }),
    plannedDemand({
      origin: 'chabahar',
      destination: 'qingdao-port',
      commodity: 'raw-materials',
      unit: 'teu',
      annualVolume: 2_500,
      valuePerUnitUsd: 12_000,
      direction: 'import',
      corridor: 'south-asia-sea',
      consignmentSize: SEA_LOTS,
      provenance: seaNote('about 50 TEU a week back'),
    }),
  ];
  return { nodes, links, services, demand };
}

/** A seed question: the 2025 baseline with what the plan adds (and changes over time). */
function overBaseline(
  id: string,
  network: NonNullable<ScenarioPlan['network']>,
  interventions?: ScenarioPlan['interventions'],
): ScenarioPlan {
  return { ...baseline2025, id, ...text(id), network, ...(interventions ? { interventions } : {}) };
}

const scoTrunkRoutes = overBaseline('sco-trunk-chabahar-samarkand', scoTrunkNetwork);

/**
 * (b) An air cargo transshipment centre at Jiaodong: the cargo terminal gets half as many more
 * handling positions, transfer flows from Korea and Japan to Central Asia, Russia and Europe are
 * booked through it, and the freighters to Almaty, Moscow, Liège and Frankfurt fly more often.
 */
const AIR_TRANSFER: ReadonlyArray<[from: string, to: string, corridor: string, tonnes: number]> = [
  ['osaka-kansai-airport', 'almaty-airport', 'air-central-asia', 600],
  ['tokyo-narita-airport', 'moscow-sheremetyevo-airport', 'air-russia', 600],
  ['tokyo-narita-airport', 'almaty-airport', 'air-central-asia', 600],
  ['osaka-kansai-airport', 'liege-airport', 'air-europe', 900],
  ['tokyo-narita-airport', 'frankfurt-airport', 'air-europe', 900],
];
const MORE_FREIGHTERS: ReadonlyArray<[service: string, factor: number]> = [
  ['air-almaty-freighter', 2],
  ['air-moscow-freighter', 1.5],
  ['air-liege-freighter', 1.5],
  ['air-frankfurt-freighter', 1.5],
  // The feeders bring the Japanese transfer cargo in: without more of them it waits in Tokyo.
  ['air-tokyo-freighter', 1.3],
  ['air-osaka-freighter', 1.2],
];

function airHubNetwork(base: PlanNetwork): PlanNetwork {
  const nodes = base.nodes.map((node) =>
    node.id !== 'qingdao-jiaodong-airport'
      ? node
      : {
          ...node,
          processes: node.processes.map((process) =>
            process.id === 'cargo-terminal'
              ? {
                  ...process,
                  servers: Math.round(process.servers * 1.5),
                  provenance: estimate(
                    2025,
                    'a transshipment centre adds half again the cargo terminal positions (60 to 90); service times as today',
                  ),
                }
              : process,
          ),
        },
  );
  const demand = [
    ...base.demand,
    ...AIR_TRANSFER.map(([origin, destination, corridor, tonnes]) =>
      plannedDemand({
        origin,
        destination,
        commodity: 'transshipment',
        unit: 'tonnes',
        annualVolume: tonnes,
        valuePerUnitUsd: 80_000,
        direction: 'transit',
        corridor,
        consignmentSize: AIR_LOTS,
        provenance: estimate(
          2025,
          'transfer cargo a Jiaodong transshipment centre could win, of the size of the Incheon transfer rows (600-900 t a year); value per tonne as those',
        ),
      }),
    ),
  ];
  return { ...base, nodes, demand };
}

const airTransshipmentHub = overBaseline('jiaodong-air-transshipment', airHubNetwork, () =>
  MORE_FREIGHTERS.map(([service, factor]) => ({
    kind: 'scale-frequency',
    service,
    from: baseline2025.startDate,
    factor,
  })),
);

/**
 * (c) An overseas warehouse in Budapest that consolidates e-commerce: a weekly e-commerce block
 * train from the Jiaozhou hub to Budapest and a truck shuttle to a bonded warehouse, which holds
 * parcels to consolidate them and clears them bonded. A part of the air e-commerce to Liège and
 * Frankfurt moves to it. Volumes and dwell are estimates.
 */
const AIR_TO_WAREHOUSE = 0.3;
/** E-commerce parcels are light: tonnes in a TEU (estimate, C). */
const ECOMMERCE_TONNES_PER_TEU = 5;
const WAREHOUSE = 'budapest-overseas-warehouse';

function warehouseNetwork(base: PlanNetwork, ctx: PlanContext): PlanNetwork {
  const warehouse = plannedNode(
    WAREHOUSE,
    'overseas-warehouse',
    [
      'Budapest overseas warehouse (bonded)',
      '布达佩斯海外仓（保税）',
      'Зарубежный склад в Будапеште (таможенный)',
    ],
    [19.09, 47.38],
    'HU',
    [
      {
        id: 'warehouse-consolidation',
        kind: 'port-handling',
        servers: 200,
        unit: 'consignment',
        serviceHours: { kind: 'triangular', min: 12, mode: 48, max: 120 },
        provenance: estimate(
          2025,
          'consolidation and storage dwell of e-commerce parcels until the outbound load is made up: half a day to five days',
        ),
      },
      {
        id: 'bonded-customs',
        kind: 'customs',
        servers: 10,
        unit: 'consignment',
        serviceHours: { kind: 'triangular', min: 0.5, mode: 2, max: 6 },
        inspectionProbability: 0.02,
        inspectionHours: { kind: 'triangular', min: 2, mode: 6, max: 24 },
        provenance: estimate(2025, 'customs bonded: cleared on release from the warehouse, 2 % inspected'),
      },
    ],
    assumption(2025, 'a warehouse site in the logistics area south-east of Budapest; position approximate'),
  );
  const nodes = [...base.nodes, warehouse];
  const road = plannedLink(nodes, base.links, 'road', 'budapest', WAREHOUSE, {
    acceptPlaceholder: 'a short road haul inside Budapest, no road network in the model',
  });
  const links = [...base.links, road];
  const budapest = ctx.service('europe-budapest');
  const blockTrain: Service = {
    ...budapest,
    id: 'europe-budapest-ecommerce',
    name: {
      en: 'E-commerce block train Jiaozhou–Budapest',
      zh: '跨境电商专列 胶州—布达佩斯',
      ru: 'Поезд электронной торговли Цзяочжоу — Будапешт',
    },
    timetable: { weekdays: [1], hourOfDay: 10 },
    returnShare: 0,
    provenance: assumption(
      2025,
      "what-if weekly e-commerce block train on the Budapest train's path and wagons, Mondays; runs back empty (not counted)",
    ),
  };
  const shuttle: Service = {
    id: 'truck-budapest-warehouse',
    name: {
      en: 'Truck shuttle Budapest terminal–warehouse',
      zh: '布达佩斯场站—海外仓短驳卡车',
      ru: 'Челнок: терминал Будапешта — склад',
    },
    mode: 'road',
    vehicle: 'truck',
    stops: ['budapest', WAREHOUSE],
    legHours: [legHoursAround(1)],
    timetable: { departuresPerWeek: 42, firstDepartureHour: 6 },
    capacity: { teu: 2 },
    cutoffHours: 1,
    ratePerUnitUsd: 150,
    scheduled: true,
    returnShare: 1,
    corridor: 'europe-rail',
    provenance: estimate(
      2025,
      'six runs a day of a 2-TEU truck, an hour each way; rate per TEU for a short haul',
    ),
  };
  const services = [...base.services, blockTrain, shuttle];
  let shiftedTonnes = 0;
  const demand = base.demand.map((d) => {
    const toEurope = d.commodity === 'e-commerce' && d.direction === 'export' && d.corridor === 'air-europe';
    if (!toEurope) return d;
    shiftedTonnes += d.annualVolume * AIR_TO_WAREHOUSE;
    return {
      ...d,
      annualVolume: Math.round(d.annualVolume * (1 - AIR_TO_WAREHOUSE)),
      provenance: estimate(
        2025,
        `${(1 - AIR_TO_WAREHOUSE) * 100} % of the baseline row: the rest goes by rail to the Budapest overseas warehouse`,
      ),
    };
  });
  const trainTeu = 'teu' in blockTrain.capacity ? blockTrain.capacity.teu : 0;
  demand.push(
    plannedDemand({
      origin: 'jiaozhou-hub',
      destination: WAREHOUSE,
      commodity: 'e-commerce',
      unit: 'teu',
      annualVolume: Math.round(trainTeu * WEEKS * 0.6 + shiftedTonnes / ECOMMERCE_TONNES_PER_TEU),
      valuePerUnitUsd: 40_000 * ECOMMERCE_TONNES_PER_TEU,
      direction: 'export',
      corridor: 'europe-rail',
      consignmentSize: RAIL_LOTS,
      provenance: estimate(
        2025,
        `60 % of the weekly block train, plus ${AIR_TO_WAREHOUSE * 100} % of the air e-commerce to Liège and Frankfurt at ${ECOMMERCE_TONNES_PER_TEU} t a TEU; value as the air e-commerce rows per tonne`,
      ),
    }),
  );
  return { nodes, links, services, demand };
}

const overseasWarehouse = overBaseline('overseas-warehouse-ecommerce', warehouseNetwork);

/** In display order. */
export const PLANS: ScenarioPlan[] = [
  baseline2025,
  baseline2022,
  scodaTargets,
  singleDocument,
  alashankouDisruption,
  corridorGrowth,
  newTrunkRoutes,
  scoTrunkRoutes,
  airTransshipmentHub,
  overseasWarehouse,
];

/**
 * Timetabled services as of 2025: SCO Express and China-Europe trains from Jiaozhou (and the
 * Japan-Korea Land-Sea Express from the port's rail yard), Qingdao Port's trunk sailings,
 * Jiaodong's freighters and passenger-belly capacity, the Vladivostok sea-rail link, and the
 * background China-Europe trains that share the western crossings with Qingdao's trains.
 *
 * Travel times come from link distances at an assumed mean speed (C), with a right-skewed spread
 * for delays. Frequencies are the 2025 baseline; other years scale the rail frequencies to that
 * year's train count (see years.ts).
 */
import type { Distribution, Link, Provenance, Service } from '../../src/scenario/schema.ts';
import { place } from './places.ts';
import type { RailSpec } from './railTable.ts';
import { assumption, estimate, SRC, withNote } from './sources.ts';

export { RAIL, type RailSpec } from './railTable.ts';

/** Mean block-train speed incl. crew changes and yard stops, km/h (~900 km a day; C, tuned to the transit days). */
export const RAIL_KMH = 38;
/** Container ship service speed, km/h (15 knots, C). */
export const SEA_KMH = 27.8;
/** Block speed of a freighter, km/h, plus taxi and climb (C). */
const AIR_KMH = 800;
const AIR_OVERHEAD_HOURS = 0.6;
export const TRAIN_TEU = 100;

export interface SeaSpec {
  id: string;
  corridor: string;
  stops: string[];
  perWeek: number;
  /** TEU a sailing available to the corridor subset modelled (not the whole ship). */
  capacityTeu: number;
  ratePerTeuUsd: number;
  since?: string;
  name: [string, string, string];
  provenance: Provenance;
}

export const SEA: SeaSpec[] = [
  {
    id: 'sea-busan',
    corridor: 'korea-sea',
    stops: ['qingdao-port', 'busan'],
    perWeek: 7,
    capacityTeu: 800,
    ratePerTeuUsd: 250,
    name: ['Qingdao–Busan daily shuttle', '青岛—釜山每日班轮', 'Ежедневная линия Циндао — Пусан'],
    provenance: withNote(
      SRC.busanShuttle,
      'daily (facts 2.2); 800 TEU a sailing aggregates the carriers on the lane (C)',
    ),
  },
  {
    id: 'sea-incheon',
    corridor: 'korea-sea',
    stops: ['qingdao-port', 'incheon'],
    perWeek: 3,
    capacityTeu: 300,
    ratePerTeuUsd: 300,
    name: ['Qingdao–Incheon car ferry', '青岛—仁川客货滚装船', 'Паром Циндао — Инчхон'],
    provenance: withNote(
      SRC.incheonFerry,
      '3 sailings a week of ~300 TEU carry the ~67,000 TEU a year implied by Jan-May 2022 (C)',
    ),
  },
  {
    id: 'sea-osaka-kobe',
    corridor: 'japan-sea',
    stops: ['qingdao-port', 'osaka-kobe'],
    perWeek: 5,
    capacityTeu: 800,
    ratePerTeuUsd: 350,
    name: ['Qingdao–Osaka/Kobe', '青岛—大阪／神户航线', 'Линия Циндао — Осака/Кобе'],
    provenance: withNote(
      SRC.japanKoreaDaily,
      'Japan sailings daily overall; 5 a week to Kansai and 800 TEU are estimates (C)',
    ),
  },
  {
    id: 'sea-tokyo-yokohama',
    corridor: 'japan-sea',
    stops: ['qingdao-port', 'tokyo-yokohama'],
    perWeek: 4,
    capacityTeu: 1000,
    ratePerTeuUsd: 400,
    name: ['Qingdao–Tokyo/Yokohama', '青岛—东京／横滨航线', 'Линия Циндао — Токио/Иокогама'],
    provenance: withNote(SRC.japanKoreaDaily, '4 a week to Kanto and 1,000 TEU are estimates (C)'),
  },
  {
    id: 'sea-vladivostok',
    corridor: 'russia-sea',
    stops: ['qingdao-port', 'vladivostok'],
    perWeek: 1,
    capacityTeu: 400,
    ratePerTeuUsd: 900,
    since: '2022-09-14',
    name: [
      'SCODA–Vladivostok sea-rail link',
      '上合示范区—符拉迪沃斯托克海铁联运航线',
      'Морская линия ШОС — Владивосток',
    ],
    provenance: withNote(SRC.vladivostok, 'weekly and 400 TEU (first sailing 346 TEU) are estimates (C)'),
  },
  {
    id: 'sea-india-gulf',
    corridor: 'south-asia-sea',
    stops: ['qingdao-port', 'singapore', 'nhava-sheva', 'jebel-ali'],
    perWeek: 1,
    capacityTeu: 2500,
    ratePerTeuUsd: 1300,
    name: [
      'India–Gulf loop (MSC CLAN type)',
      '印度—海湾航线（MSC CLAN）',
      'Линия Индия — Залив (тип MSC CLAN)',
    ],
    provenance: withNote(
      SRC.mscClan,
      'weekly; 2,500 TEU available at Qingdao (first call handled 2,800 TEU) is an estimate (C)',
    ),
  },
  {
    id: 'sea-india-east',
    corridor: 'south-asia-sea',
    stops: ['qingdao-port', 'port-klang', 'chennai'],
    perWeek: 1,
    capacityTeu: 1500,
    ratePerTeuUsd: 1100,
    since: '2023-08-30',
    name: ['India East line (Chennai)', '印度东航线（金奈）', 'Линия «Восточная Индия» (Ченнаи)'],
    provenance: withNote(SRC.sinotransIndia, 'weekly and 1,500 TEU are estimates (C)'),
  },
  {
    id: 'sea-pakistan-gulf',
    corridor: 'south-asia-sea',
    stops: ['qingdao-port', 'port-klang', 'karachi', 'jebel-ali'],
    perWeek: 1,
    capacityTeu: 1300,
    ratePerTeuUsd: 1200,
    since: '2023-01-01',
    name: [
      'Pakistan–Gulf service (Karachi)',
      '巴基斯坦—海湾航线（卡拉奇）',
      'Линия Пакистан — Залив (Карачи)',
    ],
    provenance: withNote(SRC.nlcPakistan, 'weekly assumed; start date c. 2023 (C)'),
  },
  {
    id: 'sea-gulf',
    corridor: 'gulf-sea',
    stops: ['qingdao-port', 'singapore', 'jebel-ali'],
    perWeek: 1,
    capacityTeu: 2000,
    ratePerTeuUsd: 1150,
    name: [
      'Middle East express (Jebel Ali)',
      '中东快航（杰贝阿里）',
      'Ближневосточный экспресс (Джебель-Али)',
    ],
    provenance: withNote(SRC.gulfService, 'weekly and 2,000 TEU are estimates (C)'),
  },
];

export interface AirSpec {
  id: string;
  corridor: string;
  to: string;
  perWeek: number;
  tonnes: number;
  ratePerTonneUsd: number;
  belly: boolean;
  since?: string;
  provenance: Provenance;
}

const APT = 'qingdao-jiaodong-airport';
const belly = (note: string): Provenance => estimate(2025, `passenger-flight belly capacity: ${note}`);

export const AIR: AirSpec[] = [
  {
    id: 'air-incheon-freighter',
    corridor: 'air-east-asia',
    to: 'incheon-airport',
    perWeek: 7,
    tonnes: 40,
    ratePerTonneUsd: 700,
    belly: false,
    provenance: withNote(SRC.incheonFlight, 'daily, 40 t a flight: estimates (C)'),
  },
  {
    id: 'air-incheon-belly',
    corridor: 'air-east-asia',
    to: 'incheon-airport',
    perWeek: 28,
    tonnes: 4,
    ratePerTonneUsd: 700,
    belly: true,
    provenance: belly('4 passenger flights a day, ~4 t of cargo each'),
  },
  {
    id: 'air-osaka-freighter',
    corridor: 'air-east-asia',
    to: 'osaka-kansai-airport',
    perWeek: 8,
    tonnes: 30,
    ratePerTonneUsd: 900,
    belly: false,
    since: '2021-03-03',
    provenance: withNote(
      SRC.japanAir2025,
      '8 a week of ~30 t (B737-800F/B757F): share of the ~30 Japan flights a week (C)',
    ),
  },
  {
    id: 'air-tokyo-freighter',
    corridor: 'air-east-asia',
    to: 'tokyo-narita-airport',
    perWeek: 7,
    tonnes: 30,
    ratePerTonneUsd: 950,
    belly: false,
    since: '2021-04-20',
    provenance: withNote(SRC.tokyoFlight, '7 a week of ~30 t: estimate (C)'),
  },
  {
    id: 'air-osaka-belly',
    corridor: 'air-east-asia',
    to: 'osaka-kansai-airport',
    perWeek: 7,
    tonnes: 3,
    ratePerTonneUsd: 900,
    belly: true,
    provenance: belly('a daily passenger flight, ~3 t of cargo'),
  },
  {
    id: 'air-tokyo-belly',
    corridor: 'air-east-asia',
    to: 'tokyo-narita-airport',
    perWeek: 7,
    tonnes: 3,
    ratePerTonneUsd: 950,
    belly: true,
    provenance: belly('a daily passenger flight, ~3 t of cargo'),
  },
  {
    id: 'air-almaty-freighter',
    corridor: 'air-central-asia',
    to: 'almaty-airport',
    perWeek: 3,
    tonnes: 24,
    ratePerTonneUsd: 2500,
    belly: false,
    since: '2021-06-10',
    provenance: withNote(SRC.almatyFlight, '3 a week, B757 ~24 t'),
  },
  {
    id: 'air-moscow-freighter',
    corridor: 'air-russia',
    to: 'moscow-sheremetyevo-airport',
    perWeek: 2,
    tonnes: 50,
    ratePerTonneUsd: 3000,
    belly: false,
    since: '2021-01-01',
    provenance: withNote(SRC.intercontinentalAir, '2 a week of ~50 t: estimate (C)'),
  },
  {
    id: 'air-frankfurt-freighter',
    corridor: 'air-europe',
    to: 'frankfurt-airport',
    perWeek: 2,
    tonnes: 100,
    ratePerTonneUsd: 3500,
    belly: false,
    since: '2023-04-11',
    provenance: withNote(
      SRC.intercontinentalAir,
      '2 a week of ~100 t (B747F): estimate (C); opened or restored by Nov 2023, modelled from the Liège launch in April 2023 (C)',
    ),
  },
  {
    id: 'air-liege-freighter',
    corridor: 'air-europe',
    to: 'liege-airport',
    perWeek: 2,
    tonnes: 100,
    ratePerTonneUsd: 3500,
    belly: false,
    since: '2023-04-11',
    provenance: withNote(SRC.liegeFlight, '2 round trips a week, +400 t a week: 100 t a flight'),
  },
];

/** Link distances by unordered node pair and mode. */
export function distanceTable(links: readonly Link[]): (mode: string, a: string, b: string) => number {
  const km = new Map<string, number>();
  for (const l of links) {
    km.set(`${l.mode}|${l.from}|${l.to}`, l.distanceKm);
    km.set(`${l.mode}|${l.to}|${l.from}`, l.distanceKm);
  }
  return (mode, a, b) => {
    const d = km.get(`${mode}|${a}|${b}`);
    if (d === undefined) throw new Error(`no ${mode} link between ${a} and ${b} (services.ts)`);
    return d;
  };
}

function skewed(hours: number, low: number, high: number): Distribution {
  const r = (x: number) => Math.round(x * 10) / 10;
  return { kind: 'triangular', min: r(hours * low), mode: r(hours), max: r(hours * high) };
}

function railName(spec: RailSpec): [string, string, string] {
  const first = place(spec.stops[0] as string);
  const last = place(spec.stops[spec.stops.length - 1] as string);
  const via = spec.stops.find((s) =>
    ['alashankou', 'khorgos', 'erenhot', 'manzhouli', 'tongjiang'].includes(s),
  );
  const v = via === undefined ? undefined : place(via);
  const brand: Record<RailSpec['brand'], [string, string, string]> = {
    sco: ['SCO Express', '上合快线', '«Экспресс ШОС»'],
    europe: ['China–Europe Express', '中欧班列', 'Поезд Китай — Европа'],
    'land-sea': ['Japan–Korea Land–Sea Express', '日韩陆海快线', 'Сухопутно-морской экспресс Япония — Корея'],
    vladivostok: [
      'Vladivostok sea–rail train',
      '符拉迪沃斯托克海铁联运班列',
      'Морско-железнодорожный поезд из Владивостока',
    ],
    background: ['Other China–Europe trains', '其他中欧班列', 'Прочие поезда Китай — Европа'],
  };
  const [be, bz, br] = brand[spec.brand];
  return [
    `${be} ${first[0]}–${last[0]}${v ? ` (via ${v[0]})` : ''}`,
    `${bz} ${first[1]}—${last[1]}${v ? `（经${v[1]}）` : ''}`,
    `${br} ${first[2]} — ${last[2]}${v ? ` (через ${v[2]})` : ''}`,
  ];
}

/** A rail service running `perWeek` departures a week (its fixed weekdays when that is their count). */
export function railService(spec: RailSpec, km: ReturnType<typeof distanceTable>, perWeek: number): Service {
  const legHours = spec.stops
    .slice(1)
    .map((to, i) => skewed(km('rail', spec.stops[i] as string, to) / RAIL_KMH, 0.9, 1.3));
  const [en, zh, ru] = railName(spec);
  return {
    id: spec.id,
    name: { en, zh, ru },
    mode: 'rail',
    vehicle: 'train',
    stops: spec.stops,
    legHours,
    timetable:
      spec.weekdays !== undefined && spec.weekdays.length === perWeek
        ? { weekdays: spec.weekdays, hourOfDay: 10 }
        : { departuresPerWeek: round3(perWeek), firstDepartureHour: firstHour(spec.id) },
    capacity: { teu: TRAIN_TEU },
    cutoffHours: 12,
    ratePerUnitUsd: spec.ratePerTeuUsd,
    scheduled: spec.scheduled,
    returnShare: spec.returnShare,
    corridor: spec.corridor,
    provenance: withNote(
      spec.provenance,
      `${TRAIN_TEU} TEU a train (50 wagons, 50 FEU: facts 2.5 41-55 FEU); leg hours = km / ${RAIL_KMH} km/h, triangular(-10 %, +30 %) (C)`,
    ),
  };
}

export function seaService(spec: SeaSpec, km: ReturnType<typeof distanceTable>): Service {
  return {
    id: spec.id,
    name: { en: spec.name[0], zh: spec.name[1], ru: spec.name[2] },
    mode: 'sea',
    vehicle: 'vessel',
    stops: spec.stops,
    legHours: spec.stops
      .slice(1)
      .map((to, i) => skewed(km('sea', spec.stops[i] as string, to) / SEA_KMH, 0.95, 1.25)),
    timetable: { departuresPerWeek: spec.perWeek, firstDepartureHour: firstHour(spec.id) },
    capacity: { teu: spec.capacityTeu },
    cutoffHours: 24,
    ratePerUnitUsd: spec.ratePerTeuUsd,
    scheduled: true,
    returnShare: 1,
    corridor: spec.corridor,
    provenance: withNote(
      spec.provenance,
      `leg hours = sea-lane km / ${SEA_KMH} km/h (15 kn), triangular(-5 %, +25 %) (C); every sailing returns`,
    ),
  };
}

export function airService(spec: AirSpec, km: ReturnType<typeof distanceTable>): Service {
  const to = place(spec.to);
  const hours = km('air', APT, spec.to) / AIR_KMH + AIR_OVERHEAD_HOURS;
  const kind = spec.belly
    ? ['passenger flights (belly cargo)', '客机腹舱', 'пассажирские рейсы (грузы в багажном отсеке)']
    : ['freighter', '全货机', 'грузовой рейс'];
  return {
    id: spec.id,
    name: {
      en: `Qingdao–${to[0]} ${kind[0]}`,
      zh: `青岛—${to[1]}${kind[1]}`,
      ru: `Циндао — ${to[2]}: ${kind[2]}`,
    },
    mode: 'air',
    vehicle: 'aircraft',
    stops: [APT, spec.to],
    legHours: [skewed(hours, 0.95, 1.2)],
    timetable: { departuresPerWeek: spec.perWeek, firstDepartureHour: firstHour(spec.id) },
    capacity: { tonnes: spec.tonnes },
    cutoffHours: 4,
    ratePerUnitUsd: spec.ratePerTonneUsd,
    scheduled: true,
    returnShare: 1,
    corridor: spec.corridor,
    provenance: withNote(
      spec.provenance,
      `block time = km / ${AIR_KMH} km/h + ${AIR_OVERHEAD_HOURS} h (C); every flight returns`,
    ),
  };
}

/** Spreads first departures over the week so that services do not all leave at hour 0 (assumption). */
function firstHour(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 1000;
  return Math.round((h / 1000) * 167 * 10) / 10;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export const SERVICE_TIMING_NOTE = assumption(
  2025,
  'speeds: trains 30 km/h mean, ships 15 kn, freighters 800 km/h',
);

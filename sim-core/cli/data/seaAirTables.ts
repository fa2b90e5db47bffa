/**
 * Qingdao Port's trunk sailings and Jiaodong's cargo flights as of 2025, with their sources.
 * Capacities are what the modelled corridor subset can use of each sailing or flight (C).
 */
import type { Provenance } from '../../src/scenario/schema.ts';
import { estimate, SRC, withNote } from './sources.ts';

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

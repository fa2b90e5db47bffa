/**
 * The corridor's nodes: Qingdao's port, rail hub and airport; the overseas ports and airports;
 * the five rail border crossings (1,435 mm <-> 1,520 mm gauge, plus Brest-Malaszewicze on the way
 * to the EU); the rail destinations and the junction cities the rail paths share. Names in
 * English, Chinese and Russian. Processes carry their source; the many-server "terminal dwell"
 * processes at overseas nodes are assumptions that add dwell without ever being a bottleneck.
 */
import type { Node, NodeProcess } from '../../src/scenario/schema.ts';
import { dostykProcessing, farSideEstimate, gaugeCrossing, terminalDwell } from './nodeProcesses.ts';
import { estimate, SRC, withNote } from './sources.ts';

type Names = [en: string, zh: string, ru: string];

function node(
  id: string,
  kind: Node['kind'],
  names: Names,
  lonLat: [number, number],
  country: string,
  extra: { gaugeMm?: 1435 | 1520; processes?: NodeProcess[] } = {},
): Node {
  const n: Node = {
    id,
    kind,
    name: { en: names[0], zh: names[1], ru: names[2] },
    lon: lonLat[0],
    lat: lonLat[1],
    country,
    processes: extra.processes ?? [],
    provenance: SRC.coordinates,
  };
  if (extra.gaugeMm !== undefined) n.gaugeMm = extra.gaugeMm;
  return n;
}

const CN_RAIL = { gaugeMm: 1435 as const };
const WIDE = { gaugeMm: 1520 as const };
const railTerminal = (hours: [number, number, number]): { processes: NodeProcess[] } => ({
  processes: [terminalDwell('rail-loading', 'rail', hours)],
});

export const NODES: Node[] = [
  // Qingdao
  node(
    'qingdao-port',
    'seaport',
    [
      'Qingdao Port (Qianwan container terminals)',
      '青岛港前湾集装箱码头',
      'Порт Циндао (контейнерные терминалы Цяньвань)',
    ],
    [120.21, 36.02],
    'CN',
    {
      gaugeMm: 1435,
      processes: [
        {
          id: 'quay-handling',
          kind: 'port-handling',
          servers: 400,
          unit: 'consignment',
          serviceHours: { kind: 'triangular', min: 2, mode: 4, max: 10 },
          provenance: estimate(
            2025,
            "quay and yard handling per consignment, mean 5.3 h; 400 servers is the corridor subset's share of a 30 M TEU port (utilisation ~40 %)",
          ),
        },
        {
          id: 'port-customs',
          kind: 'customs',
          servers: 200,
          unit: 'consignment',
          serviceHours: { kind: 'triangular', min: 0.5, mode: 1, max: 3 },
          inspectionProbability: 0.03,
          inspectionHours: { kind: 'triangular', min: 4, mode: 8, max: 24 },
          modes: ['sea'],
          provenance: estimate(2025, 'customs release per consignment ~1.5 h; 3 % inspected for 4-24 h'),
        },
      ],
    },
  ),
  node(
    'jiaozhou-hub',
    'rail-terminal',
    [
      'Jiaozhou multimodal hub (SCODA, CRCT Qingdao Central Station)',
      '上合示范区多式联运中心（中铁联集青岛中心站）',
      'Мультимодальный хаб Цзяочжоу (ШОС, центральная станция CRCT Циндао)',
    ],
    [119.96, 36.33],
    'CN',
    {
      ...CN_RAIL,
      processes: [
        {
          id: 'rail-loading',
          kind: 'rail-loading',
          servers: 24,
          unit: 'consignment',
          serviceHours: { kind: 'triangular', min: 0.5, mode: 1, max: 2 },
          provenance: withNote(
            SRC.jiaozhouLoading,
            '24 servers at ~1.2 h per consignment of ~2 TEU is about that (estimate, C)',
          ),
        },
        {
          id: 'train-customs',
          kind: 'customs',
          servers: 2,
          unit: 'vehicle',
          serviceHours: { kind: 'triangular', min: 0.1, mode: 0.17, max: 0.5 },
          modes: ['rail'],
          provenance: withNote(SRC.customsQingdao, 'about 10 minutes a train'),
        },
      ],
    },
  ),
  node(
    'qingdao-jiaodong-airport',
    'airport',
    ['Qingdao Jiaodong International Airport', '青岛胶东国际机场', 'Международный аэропорт Циндао Цзяодун'],
    [120.088, 36.362],
    'CN',
    {
      processes: [
        {
          id: 'cargo-terminal',
          kind: 'air-handling',
          servers: 60,
          unit: 'consignment',
          serviceHours: { kind: 'triangular', min: 1, mode: 2, max: 4 },
          provenance: estimate(
            2023,
            'build-up / break-down per air consignment ~2.3 h; 60 servers keep utilisation under ~40 % at 130 kt a year',
          ),
        },
        {
          id: 'air-customs',
          kind: 'customs',
          servers: 30,
          unit: 'consignment',
          serviceHours: { kind: 'triangular', min: 0.5, mode: 1.2, max: 2.5 },
          modes: ['air'],
          provenance: withNote(SRC.airportClearance, 'triangular(0.5, 1.2, 2.5) h has a mean of ~1.4 h'),
        },
      ],
    },
  ),
  // China: corridor cities and junctions on the rail paths
  node('zhengzhou', 'city', ['Zhengzhou', '郑州', 'Чжэнчжоу'], [113.65, 34.75], 'CN', CN_RAIL),
  node('xian', 'city', ["Xi'an", '西安', 'Сиань'], [108.94, 34.34], 'CN', CN_RAIL),
  node('lanzhou', 'city', ['Lanzhou', '兰州', 'Ланьчжоу'], [103.83, 36.06], 'CN', CN_RAIL),
  node('urumqi', 'city', ['Urumqi', '乌鲁木齐', 'Урумчи'], [87.62, 43.83], 'CN', CN_RAIL),
  node('tianjin', 'city', ['Tianjin', '天津', 'Тяньцзинь'], [117.2, 39.13], 'CN', CN_RAIL),
  node('harbin', 'city', ['Harbin', '哈尔滨', 'Харбин'], [126.63, 45.75], 'CN', CN_RAIL),
  // Rail border crossings (gauge change per train, customs, far-side processing)
  node(
    'alashankou',
    'border-crossing',
    ['Alashankou–Dostyk', '阿拉山口—多斯特克', 'Алашанькоу — Достык'],
    [82.57, 45.17],
    'CN',
    {
      processes: gaugeCrossing(3, [3.5, 4.25, 6], dostykProcessing, 8),
    },
  ),
  node(
    'khorgos',
    'border-crossing',
    ['Khorgos–Altynkol', '霍尔果斯—阿腾科里', 'Хоргос — Алтынколь'],
    [80.42, 44.21],
    'CN',
    {
      processes: gaugeCrossing(3, [3, 4.25, 6], farSideEstimate, 8),
    },
  ),
  node(
    'erenhot',
    'border-crossing',
    ['Erenhot–Zamyn-Uud', '二连浩特—扎门乌德', 'Эрэн-Хото — Замын-Ууд'],
    [111.98, 43.65],
    'CN',
    {
      processes: gaugeCrossing(2, [3, 4.25, 6], farSideEstimate, 4),
    },
  ),
  node(
    'manzhouli',
    'border-crossing',
    ['Manzhouli–Zabaikalsk', '满洲里—后贝加尔斯克', 'Маньчжурия — Забайкальск'],
    [117.43, 49.6],
    'CN',
    {
      processes: gaugeCrossing(3, [3, 4.25, 6], farSideEstimate, 6),
    },
  ),
  node(
    'tongjiang',
    'border-crossing',
    ['Tongjiang–Nizhneleninskoye', '同江—下列宁斯阔耶', 'Тунцзян — Нижнеленинское'],
    [132.55, 47.7],
    'CN',
    {
      processes: gaugeCrossing(1, [3, 4.25, 6], farSideEstimate, 2),
    },
  ),
  node(
    'brest-malaszewicze',
    'border-crossing',
    ['Brest–Małaszewicze', '布列斯特—马拉舍维奇', 'Брест — Малашевиче'],
    [23.62, 52.07],
    'BY',
    {
      processes: gaugeCrossing(
        3,
        [2, 4, 8],
        estimate(2025, 'EU entry processing at Malaszewicze triangular(2, 4, 8) h; no published figure'),
        4,
      ),
    },
  ),
  // Central Asia, Mongolia, Russia, Europe
  node('aktogay', 'city', ['Aktogay', '阿克托盖', 'Актогай'], [79.67, 46.95], 'KZ', WIDE),
  node('almaty', 'rail-terminal', ['Almaty', '阿拉木图', 'Алматы'], [76.95, 43.25], 'KZ', {
    ...WIDE,
    ...railTerminal([4, 8, 16]),
  }),
  node('bishkek', 'rail-terminal', ['Bishkek', '比什凯克', 'Бишкек'], [74.59, 42.87], 'KG', {
    ...WIDE,
    ...railTerminal([4, 8, 16]),
  }),
  node('tashkent', 'rail-terminal', ['Tashkent', '塔什干', 'Ташкент'], [69.28, 41.31], 'UZ', {
    ...WIDE,
    ...railTerminal([4, 8, 16]),
  }),
  node('dushanbe', 'rail-terminal', ['Dushanbe', '杜尚别', 'Душанбе'], [68.78, 38.56], 'TJ', {
    ...WIDE,
    ...railTerminal([4, 8, 16]),
  }),
  node('ulaanbaatar', 'rail-terminal', ['Ulaanbaatar', '乌兰巴托', 'Улан-Батор'], [106.92, 47.92], 'MN', {
    ...WIDE,
    ...railTerminal([4, 8, 16]),
  }),
  node('chita', 'city', ['Chita', '赤塔', 'Чита'], [113.5, 52.03], 'RU', WIDE),
  node('ulan-ude', 'city', ['Ulan-Ude', '乌兰乌德', 'Улан-Удэ'], [107.6, 51.83], 'RU', WIDE),
  node(
    'moscow',
    'rail-terminal',
    ['Moscow (Selyatino terminal)', '莫斯科（谢利亚季诺站）', 'Москва (терминал Селятино)'],
    [36.97, 55.52],
    'RU',
    { ...WIDE, ...railTerminal([4, 8, 16]) },
  ),
  node(
    'moscow-vorsino',
    'rail-terminal',
    ['Moscow region (Vorsino terminal)', '莫斯科州（沃尔西诺站）', 'Московский регион (терминал Ворсино)'],
    [36.63, 55.25],
    'RU',
    { ...WIDE, ...railTerminal([4, 8, 16]) },
  ),
  node('minsk', 'rail-terminal', ['Minsk', '明斯克', 'Минск'], [27.56, 53.9], 'BY', {
    ...WIDE,
    ...railTerminal([4, 8, 16]),
  }),
  node('warsaw', 'city', ['Warsaw', '华沙', 'Варшава'], [21.01, 52.23], 'PL', CN_RAIL),
  node('budapest', 'rail-terminal', ['Budapest', '布达佩斯', 'Будапешт'], [19.04, 47.5], 'HU', {
    ...CN_RAIL,
    ...railTerminal([4, 8, 16]),
  }),
  node('duisburg', 'rail-terminal', ['Duisburg', '杜伊斯堡', 'Дуйсбург'], [6.76, 51.43], 'DE', {
    ...CN_RAIL,
    ...railTerminal([4, 8, 16]),
  }),
  // Overseas seaports
  seaport('busan', ['Busan (New Port)', '釜山新港', 'Порт Пусан (Новый порт)'], [128.83, 35.07], 'KR'),
  seaport('incheon', ['Incheon', '仁川港', 'Порт Инчхон'], [126.6, 37.38], 'KR'),
  seaport('tokyo-yokohama', ['Tokyo / Yokohama', '东京／横滨港', 'Токио / Иокогама'], [139.68, 35.44], 'JP'),
  seaport('osaka-kobe', ['Osaka / Kobe', '大阪／神户港', 'Осака / Кобе'], [135.23, 34.66], 'JP'),
  node(
    'vladivostok',
    'seaport',
    ['Vladivostok', '符拉迪沃斯托克（海参崴）港', 'Порт Владивосток'],
    [131.89, 43.11],
    'RU',
    {
      ...WIDE,
      processes: [
        terminalDwell('port-handling', 'sea', [8, 16, 36]),
        terminalDwell('rail-loading', 'rail', [4, 8, 16]),
      ],
    },
  ),
  seaport('singapore', ['Singapore', '新加坡港', 'Порт Сингапур'], [103.77, 1.26], 'SG'),
  seaport('port-klang', ['Port Klang', '巴生港', 'Порт-Кланг'], [101.36, 3.0], 'MY'),
  seaport(
    'nhava-sheva',
    ['Nhava Sheva (JNPT, Mumbai)', '那瓦舍瓦港（孟买）', 'Порт Нхава-Шева (Мумбаи)'],
    [72.95, 18.95],
    'IN',
  ),
  seaport('chennai', ['Chennai', '金奈港', 'Порт Ченнаи'], [80.3, 13.1], 'IN'),
  seaport('karachi', ['Karachi', '卡拉奇港', 'Порт Карачи'], [66.97, 24.83], 'PK'),
  seaport(
    'jebel-ali',
    ['Jebel Ali (Dubai)', '杰贝阿里港（迪拜）', 'Порт Джебель-Али (Дубай)'],
    [55.06, 25.01],
    'AE',
  ),
  // Overseas airports
  airport(
    'incheon-airport',
    ['Seoul Incheon International Airport', '首尔仁川国际机场', 'Международный аэропорт Инчхон (Сеул)'],
    [126.45, 37.46],
    'KR',
  ),
  airport(
    'osaka-kansai-airport',
    ['Osaka Kansai International Airport', '大阪关西国际机场', 'Международный аэропорт Кансай (Осака)'],
    [135.24, 34.43],
    'JP',
  ),
  airport(
    'tokyo-narita-airport',
    ['Tokyo Narita International Airport', '东京成田国际机场', 'Международный аэропорт Нарита (Токио)'],
    [140.39, 35.77],
    'JP',
  ),
  airport(
    'almaty-airport',
    ['Almaty International Airport', '阿拉木图国际机场', 'Международный аэропорт Алматы'],
    [77.04, 43.35],
    'KZ',
  ),
  airport(
    'moscow-sheremetyevo-airport',
    [
      'Moscow Sheremetyevo Airport',
      '莫斯科谢列梅捷沃国际机场',
      'Международный аэропорт Шереметьево (Москва)',
    ],
    [37.41, 55.97],
    'RU',
  ),
  airport(
    'frankfurt-airport',
    ['Frankfurt Airport', '法兰克福机场', 'Аэропорт Франкфурт-на-Майне'],
    [8.57, 50.04],
    'DE',
  ),
  airport('liege-airport', ['Liège Airport', '列日机场', 'Аэропорт Льеж'], [5.44, 50.64], 'BE'),
];

function seaport(id: string, names: Names, lonLat: [number, number], country: string): Node {
  return node(id, 'seaport', names, lonLat, country, {
    processes: [terminalDwell('port-handling', 'sea', [8, 16, 36])],
  });
}

function airport(id: string, names: Names, lonLat: [number, number], country: string): Node {
  return node(id, 'airport', names, lonLat, country, {
    processes: [terminalDwell('air-handling', 'air', [2, 4, 8])],
  });
}

/** Position of a node by id, [lon, lat]; throws for an unknown id (a typo in a builder table). */
export function positionOf(id: string): [number, number] {
  const n = NODES.find((x) => x.id === id);
  if (n === undefined) throw new Error(`unknown node id "${id}" in the data builder`);
  return [n.lon, n.lat];
}

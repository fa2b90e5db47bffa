/**
 * Where the corridor figures come from: one entry per source in
 * shared/reference/qingdao-facts.md, with the confidence tag given there (A official or a state
 * outlet quoting an official, B trade press, C derived or estimated). Builders attach these to
 * every number they write; an estimate goes through `estimate()` so that it says it is one.
 */
import type { Provenance } from '../../src/scenario/schema.ts';

const FACTS = 'qingdao-facts.md';

function fact(
  section: string,
  source: string,
  year: number,
  confidence: 'A' | 'B' | 'C',
  note?: string,
): Provenance {
  const p: Provenance = { source: `${source} (${FACTS} ${section})`, year, confidence };
  if (note !== undefined) p.note = note;
  return p;
}

/** A figure the sources do not give: confidence C and a note that starts with "estimate:". */
export function estimate(year: number, reasoning: string, basis = 'derived by the DATA builder'): Provenance {
  return { source: basis, year, confidence: 'C', note: `estimate: ${reasoning}` };
}

/** An assumption the model needs and no source gives. */
export function assumption(year: number, reasoning: string): Provenance {
  return {
    source: 'modelling assumption (no public source)',
    year,
    confidence: 'C',
    note: `assumption: ${reasoning}`,
  };
}

/** The same provenance with a note added (keeps the source and tag). */
export function withNote(p: Provenance, note: string): Provenance {
  return { ...p, note: p.note === undefined ? note : `${p.note}; ${note}` };
}

export const SRC = {
  coordinates: {
    source: 'OpenStreetMap / public gazetteers, terminal or city centre coordinates read by hand',
    year: 2025,
    confidence: 'B',
    note: 'positions to about 1 km; good enough for a globe, not for navigation',
  } satisfies Provenance,
  jiaoDongOpened: fact(
    '2.4',
    'ecns.cn / agenzianova.com 2021-08-14',
    2021,
    'A',
    'Jiaodong opened 12 Aug 2021, design capacity 500,000 t',
  ),
  airport2023: fact(
    '2.4',
    'Qingdao Daily reprint, 0531.shuang56.com/news/2024011101.htm',
    2023,
    'B',
    '260,800 t total, international 126,500 t',
  ),
  airport2024: fact(
    '2.4',
    'Qingdao Daily 2024-12-23, epaper.qingdaonews.com',
    2024,
    'A',
    '>270,000 t total (forecast issued 21 Dec)',
  ),
  airportClearance: fact(
    '2.4',
    'Qingdao Daily 2023',
    2023,
    'B',
    'clearance of time-sensitive cargo 3-5 h -> 1.3 h average',
  ),
  almatyFlight: fact(
    '2.4',
    "qingdaonews.com 2021-06-10; People's Daily Overseas",
    2021,
    'A',
    'B757, 2-3 a week, ~5 h, first flight 24 t',
  ),
  osakaFlight: fact(
    '2.4',
    'caop.org.cn / Qingdao press 2021',
    2021,
    'B',
    'two freighter routes from Mar 2021 (Tianjin Air Cargo, YTO)',
  ),
  tokyoFlight: fact(
    '2.4',
    'YTO / Shandong Airlines press 2021-2025',
    2025,
    'B',
    'YTO 4 a week ~3 h; B737-800F SC2405 in 2025',
  ),
  japanAir2025: fact(
    '2.4',
    '经济观察报 via reportify.ai 2025-08-19',
    2025,
    'B',
    'Japan routes ~30,000 t Jan-Jul 2025, 6 routes, ~30 flights a week',
  ),
  incheonFlight: fact('2.4', 'caop.org.cn', 2016, 'B', 'Qingdao-Incheon freighter from 2016'),
  liegeFlight: fact(
    '2.4',
    'Xinhua via eng.yidaiyilu.gov.cn/qwyw/rdxw/313735.htm',
    2023,
    'A',
    'SF Airlines from 11 Apr 2023, 2 round trips a week, +400 t a week',
  ),
  intercontinentalAir: fact(
    '2.4',
    'Qingdao Daily Nov 2023',
    2023,
    'B',
    'Moscow, Frankfurt among intercontinental cargo points by Nov 2023',
  ),
  airTransshipment: fact(
    '2.4',
    'greekloot.com (Korean edition) May 2025',
    2025,
    'B',
    'first international air transshipment Incheon -> Qingdao -> Sydney',
  ),
  japanKoreaDaily: fact(
    '2.2',
    'pl.chinafricashipping.com/news-show-1039748.html',
    2023,
    'B',
    'Japan / Korea "daily" sailings',
  ),
  busanShuttle: fact(
    '2.2',
    'seanews.com.tr Shandong Port Shipping Qingdao-Busan shuttle',
    2022,
    'B',
    'Guang Ping 629 TEU',
  ),
  incheonFerry: fact(
    '2.2',
    'jiffa.or.jp/en/news/entry-7807.html',
    2022,
    'B',
    'car-ferry container trade 27,987 TEU Jan-May 2022',
  ),
  vladivostok: fact(
    '2.2',
    'Xinhua eng.yidaiyilu.gov.cn/qwyw/rdxw/276835.htm; en.portnews.ru/news/335576',
    2022,
    'A',
    'opened 14 Sep 2022, 346 TEU, 4 days at sea, then rail to Moscow',
  ),
  mscClan: fact(
    '2.2',
    'China News Service via wsdjhq.cn; m.ykbk.net',
    2025,
    'A',
    'MSC CLAN Qingdao...Singapore-Nhava Sheva-Gulf, weekly, 2,800 TEU handled at first call',
  ),
  sinotransIndia: fact(
    '2.2',
    'Xinhua via ddx.gubit.cn',
    2023,
    'A',
    'Sinotrans India East line to Chennai opened 30 Aug 2023',
  ),
  nlcPakistan: fact(
    '2.2',
    'urdu.dunyanews.tv Business/914408',
    2023,
    'B',
    'Qingdao, Ningbo -> Port Klang -> Karachi -> Jebel Ali, "18-day route", 1,300+ TEU',
  ),
  gulfService: fact(
    '2.3',
    'informare.it; schiffundhafen.de; itiger.com',
    2020,
    'B',
    'Qingdao-Jebel Ali 16-22 days; WHL/PIL "fastest 20 days"',
  ),
  seaDaysEstimate: fact(
    '2.3',
    'sea transit table',
    2025,
    'C',
    'Busan 1.5-2 d, Osaka/Kobe ~3 d, Tokyo/Yokohama 3.5-5 d, Nhava Sheva 18-22 d, Karachi 16-20 d',
  ),
  trains2025: fact(
    '2.5',
    'gscn.com.cn 2026-01-19',
    2025,
    'B',
    '1,225 trains 到发 (arrivals + departures) in 2025; 840,000 t',
  ),
  trains2022: fact(
    '2.5',
    'China Daily via railmetrochina.com',
    2022,
    'B',
    'Jan-Oct 2022: 620 trains (+36.3 %)',
  ),
  trains2024: fact(
    '2.5',
    'China News Service, tuanjiaoyu.com 2024-10-11',
    2024,
    'A',
    'Jan-Sep 2024: 843 到发; return trains 40 %',
  ),
  trains2023: fact(
    '2.5',
    "People's Daily via unwl.cn/guoji/2893.html",
    2023,
    'C',
    '≈863 到发 in 2023, derived from the 863rd train of 2024 on 9 Oct 2024',
  ),
  trains2020: fact(
    '2.5',
    'guanhai.com.cn 2021-01-17',
    2020,
    'A',
    'SCO Express (上合快线) 62 departures in 2020',
  ),
  trains2025Aug: fact(
    '2.5',
    'Xinhua big5.news.cn 2025-08-26',
    2025,
    'A',
    '450 trains 开行 to 26 Aug, >47,000 TEU',
  ),
  trainSize: fact(
    '2.5',
    'launch reports 2017-2024; jetway-cargo.com',
    2024,
    'B',
    '41-55 FEU (about 80-110 TEU) a train; Central Asia trains >= 50 wagons',
  ),
  almatyDays: fact(
    '2.5',
    'shandong.chinadaily.com.cn 2018-05-16; infosurhoy 2020-04-29',
    2018,
    'A',
    'Jiaozhou-Almaty 10 days via Khorgos (2018), 8 days (2020)',
  ),
  bishkekDays: fact('2.5', 'guanhai.com.cn Jan 2021', 2021, 'A', 'Bishkek ~12 days via Khorgos'),
  dushanbeDays: fact('2.5', 'en.people.cn Jul 2021', 2021, 'A', 'Dushanbe ~15 days'),
  moscowDays: fact(
    '2.5',
    'sh.scoda.com id=6991 (2021); Xinhua Aug 2025',
    2025,
    'A',
    'Moscow (Vorsino / Selyatino) ~15 days; 22 days via Manzhouli in 2017',
  ),
  tongjiang: fact('2.5', 'China News Service 2024', 2024, 'A', 'new Moscow route via Tongjiang in 2024'),
  budapestDays: fact(
    '2.5',
    'sh.scoda.com id=7880 (2022); chinaservicesinfo.com (2024)',
    2024,
    'A',
    'Budapest ~20 days via Alashankou (2022), 18 days weekly every Thursday (2024)',
  ),
  erenhot: fact(
    '2.5',
    'sh.scoda.com id=4107; HKTDC 2019',
    2021,
    'A',
    'Helsinki -> Jiaozhou via Erenhot 22 days; Qingdao-Erenhot-Ulaanbaatar line exists (B)',
  ),
  minskProxy: fact(
    '2.5',
    'trans-cont.com; topix 2017',
    2017,
    'B',
    'proxies: Shijiazhuang-Minsk 15 days via Manzhouli, Harbin-Minsk ~16 days',
  ),
  duisburgProxy: fact('2.5', 'chinaservicesinfo 2019', 2019, 'B', 'proxy: Xiamen-Duisburg 22 days'),
  crossings: fact(
    '2.5',
    'border crossings used by Qingdao trains',
    2024,
    'A',
    'west Alashankou, Khorgos; north Erenhot, Manzhouli; north-east Tongjiang (2024)',
  ),
  gaugeAlashankou: fact(
    '2.6',
    'Xinhua via khabarasia.com 2024-07-07',
    2024,
    'B',
    'whole-train gauge change 2 h 10 min -> 1 h 30 min; 60 s -> 40 s a container',
  ),
  alashankouDepot: fact(
    '2.6',
    'dearrailwaytransport.com 2023-05-26',
    2023,
    'B',
    '~1 h reload a train, ~17 trains a day, 200,000 TEU a year',
  ),
  dostyk: fact('2.6', 'silkroadnews.org 2016-07-22', 2016, 'B', 'Dostyk train processing 9 h -> 4 h 15 min'),
  customsAlashankou: fact(
    '2.6',
    'Xinhua (German) 2025-09-03',
    2025,
    'A',
    'outbound customs with pre-declaration 20 min',
  ),
  customsQingdao: fact(
    '2.6',
    'China Daily 2018-05-16',
    2018,
    'A',
    'Qingdao customs clearance for Central Asia trains 10 min',
  ),
  scheduledTrains: fact(
    '2.6',
    "People's Daily (Portuguese) 2025-07-29",
    2025,
    'A',
    'Alashankou 14 scheduled trains a week, Khorgos 2; >30 % faster than ordinary',
  ),
  borderVolumes: fact(
    '2.6',
    'khabarasia; people.cn; xinhuanet.com.cn',
    2024,
    'B',
    'H1 2024: 7,746 China-Europe trips through Alashankou + Khorgos',
  ),
  landSea: fact(
    '2.7',
    'sh.scoda.com id=6991; finance.china.com.cn 2016-02-15',
    2021,
    'A',
    'Japan/Korea cargo by sea to Qingdao, reloaded onto SCODA trains; Japan/Korea -> Almaty ~12 days (2016)',
  ),
  landSeaTrains: fact(
    '2.7',
    'gscn.com.cn 2026-01-19',
    2025,
    'B',
    '698 Land-Sea Express trains in the 2025 review, unclear whether 2025 alone or cumulative',
  ),
  yantai: fact(
    '2.8',
    'jtsd.rmjtxw.com/jtkx/20250518/6095.html',
    2025,
    'B',
    'Yantai single document: paperwork 3-5 days removed; ship-to-train 4 h; transit 25 -> 12 days',
  ),
  lianyungang: fact(
    '2.8',
    'lyg.gov.cn 2025-06-05',
    2025,
    'A',
    'Lianyungang single document: -30 % logistics cost, -40 % clearance time',
  ),
  qingdaoSingleDoc: fact(
    '2.8',
    'en.56ok.com topic 911441',
    2025,
    'B',
    'Qingdao Port first single-document sea-rail operation 27 Jan (2025 by context); no numeric savings published',
  ),
  targets: fact(
    'seed policy',
    'Qingdao 2022 "Opinions" on building SCODA',
    2022,
    'A',
    'trade with SCO countries +10 % a year; China Railway Express > 800 trains a year by 2025',
  ),
  scoTradeGrowth: fact(
    '2.9',
    'Shandong vice-governor 2025-08-29 (CCTV)',
    2025,
    'A',
    'SCODA trade with SCO countries +56 % a year on average',
  ),
  portGrowth: fact(
    '2.1',
    'glottis.global 2024 port rankings',
    2024,
    'B',
    'Qingdao Port 30.9 M TEU 2024, +7 %',
  ),
} as const satisfies Record<string, Provenance>;

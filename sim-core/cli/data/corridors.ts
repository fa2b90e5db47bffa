/** Reporting corridors, with the demand growth a year used when a scenario runs several years. */
import type { Corridor } from '../../src/scenario/schema.ts';

type Spec = [id: string, en: string, zh: string, ru: string, growthPerYear: number];

/**
 * Growth rates (all C): rail corridors at the SCODA target of +10 % a year (achieved growth was
 * far higher, +56 % a year in trade 2019-2025); sea lanes at ~+4-8 % (Qingdao Port +7 % TEU
 * 2023->2024); air at +5 %.
 */
const SPECS: Spec[] = [
  [
    'japan-korea-land-sea',
    'Japan–Korea Land–Sea Express (sea to rail at Qingdao)',
    '日韩陆海快线（青岛海铁联运）',
    'Сухопутно-морской экспресс Япония — Корея (море — железная дорога в Циндао)',
    0.1,
  ],
  [
    'central-asia-rail',
    'Central Asia by rail (SCO Express)',
    '中亚铁路（上合快线）',
    'Центральная Азия по железной дороге («Экспресс ШОС»)',
    0.1,
  ],
  ['russia-rail', 'Russia by rail', '俄罗斯铁路', 'Россия по железной дороге', 0.1],
  [
    'europe-rail',
    'Europe by rail (China–Europe Express)',
    '欧洲铁路（中欧班列）',
    'Европа по железной дороге (поезда Китай — Европа)',
    0.08,
  ],
  ['mongolia-rail', 'Mongolia by rail', '蒙古铁路', 'Монголия по железной дороге', 0.06],
  ['korea-sea', 'South Korea by sea', '韩国海运', 'Республика Корея морем', 0.04],
  ['japan-sea', 'Japan by sea', '日本海运', 'Япония морем', 0.03],
  [
    'russia-sea',
    'Russia by sea via Vladivostok',
    '经符拉迪沃斯托克的俄罗斯海铁联运',
    'Россия морем через Владивосток',
    0.1,
  ],
  [
    'south-asia-sea',
    'South Asia by sea (India, Pakistan)',
    '南亚海运（印度、巴基斯坦）',
    'Южная Азия морем (Индия, Пакистан)',
    0.08,
  ],
  [
    'gulf-sea',
    'Gulf by sea (for Iran and the Gulf states)',
    '海湾海运（伊朗及海湾国家）',
    'Персидский залив морем (Иран и страны Залива)',
    0.06,
  ],
  ['air-east-asia', 'Air cargo: Japan and Korea', '航空货运：日韩', 'Авиагрузы: Япония и Корея', 0.05],
  ['air-central-asia', 'Air cargo: Central Asia', '航空货运：中亚', 'Авиагрузы: Центральная Азия', 0.08],
  ['air-russia', 'Air cargo: Russia', '航空货运：俄罗斯', 'Авиагрузы: Россия', 0.06],
  ['air-europe', 'Air cargo: Europe', '航空货运：欧洲', 'Авиагрузы: Европа', 0.06],
  [
    'china-europe-background',
    'Other China–Europe trains (background at the crossings)',
    '其他中欧班列（口岸背景车流）',
    'Прочие поезда Китай — Европа (фоновый поток на переходах)',
    0,
  ],
];

export function buildCorridors(singleDocument: Record<string, number> = {}): Corridor[] {
  return SPECS.map(([id, en, zh, ru, growthPerYear]) => ({
    id,
    name: { en, zh, ru },
    singleDocumentShare: singleDocument[id] ?? 0,
    growthPerYear,
  }));
}

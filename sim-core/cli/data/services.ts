/**
 * Timetabled services as of 2025: SCO Express and China-Europe trains from Jiaozhou (and the
 * Japan-Korea Land-Sea Express from the port's rail yard), Qingdao Port's trunk sailings,
 * Jiaodong's freighters and passenger-belly capacity, the Vladivostok sea-rail link, and the
 * background China-Europe trains that share the western crossings with Qingdao's trains.
 *
 * Travel times come from link distances at an assumed mean speed (C), with a right-skewed spread
 * for delays. Frequencies are the 2025 baseline; other years scale the rail frequencies to that
 * year's train count (scenarioBuilder.ts, history.ts).
 */
import type { Distribution, Link, Service } from '../../src/scenario/schema.ts';
import { place } from './nodes.ts';
import type { RailSpec } from './railTable.ts';
import type { AirSpec, SeaSpec } from './seaAirTables.ts';
import { PARAMETERS } from './parameters.ts';
import { assumption, withNote } from './sources.ts';

export { RAIL, type RailSpec } from './railTable.ts';
export { AIR, SEA, type AirSpec, type SeaSpec } from './seaAirTables.ts';

/**
 * Mean block-train speed between stops incl. crew changes and yard stops, km/h (~600 km a day; C),
 * set so that train runs match the published run times with the border processes on top:
 * Jiaozhou-Moscow ~7,900 km in ~15 days (Xinhua 2017 distance; ~15 days 2021 and 2025, A) is
 * ~530 km a day overall; Jiaozhou-Almaty 8-10 days, Budapest 18-20 days (calibration/targets.json).
 */
export const RAIL_KMH = PARAMETERS.railKmh;
/** Container ship service speed, km/h (15 knots, C). */
export const SEA_KMH = PARAMETERS.seaKmh;
/** Block speed of a freighter, km/h, plus taxi and climb (C). */
const AIR_KMH = PARAMETERS.airKmh;
const AIR_OVERHEAD_HOURS = PARAMETERS.airOverheadHours;
const APT = 'qingdao-jiaodong-airport';
export const TRAIN_TEU = PARAMETERS.trainTeu;

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
    .map((to, i) =>
      skewed(
        km('rail', spec.stops[i] as string, to) / RAIL_KMH,
        PARAMETERS.railSpreadLow,
        PARAMETERS.railSpreadHigh,
      ),
    );
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
    cutoffHours: PARAMETERS.railCutoffHours,
    ratePerUnitUsd: spec.ratePerTeuUsd,
    scheduled: spec.scheduled,
    ...(spec.adHocPerWeek === undefined
      ? {}
      : {
          adHoc: {
            maxPerWeek: spec.adHocPerWeek,
            minLoadShare: 1,
            provenance: assumption(
              2025,
              `the SCO Express runs ad hoc departures when cargo is waiting; one extra train leaves when a whole train-load (${TRAIN_TEU} TEU) waits, at most ${spec.adHocPerWeek} a week (the cap is an estimate, C; Khorgos handled ~27 trains a day in 2025, so a few more Qingdao trains a week fit); ad hoc trains are handled at borders like unscheduled trains (1/0.7 as long)`,
            ),
          },
        }),
    returnShare: spec.returnShare,
    corridor: spec.corridor,
    provenance: withNote(
      spec.provenance,
      `${TRAIN_TEU} TEU a train (50 wagons, 50 FEU; [trainSize]: 41-55 FEU); leg hours = km / ${RAIL_KMH} km/h, triangular(-10 %, +30 %) (C)`,
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
      .map((to, i) =>
        skewed(
          km('sea', spec.stops[i] as string, to) / SEA_KMH,
          PARAMETERS.seaSpreadLow,
          PARAMETERS.seaSpreadHigh,
        ),
      ),
    timetable: { departuresPerWeek: spec.perWeek, firstDepartureHour: firstHour(spec.id) },
    capacity: { teu: spec.capacityTeu },
    cutoffHours: PARAMETERS.seaCutoffHours,
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
    legHours: [skewed(hours, PARAMETERS.airSpreadLow, PARAMETERS.airSpreadHigh)],
    timetable: { departuresPerWeek: spec.perWeek, firstDepartureHour: firstHour(spec.id) },
    capacity: { tonnes: spec.tonnes },
    cutoffHours: PARAMETERS.airCutoffHours,
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

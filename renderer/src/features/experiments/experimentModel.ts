// The Experiments view's model, pure: which of the editor's fields can be parameters (as
// experiment-file paths, `services[sco-almaty].timetable.departuresPerWeek`), the experiment file
// built from the view's settings and read back, and the results reduced for the charts and the
// table (mean and 95 % interval over replications, the one interval of the project).
import type {
  ExperimentFile,
  ExperimentOutline,
  ExperimentPointResult,
} from '../../../../sim-core/src/api/experimentTypes.ts';
import { confidenceInterval95 } from '../../../../sim-core/src/vocabulary/confidenceInterval.ts';
import { getAt, type JsonPath } from '../../state/scenarioPath.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import { editorFieldGroups, type FieldGroupId } from '../editor/editorFields.ts';

/** A field of the editor that an experiment can vary. */
export interface ParameterCandidate {
  /** The experiment file's path (array items by id where they have one). */
  path: string;
  /** A kebab-case column id for the outputs. */
  id: string;
  group: FieldGroupId;
  /** The entity's name (service, node, corridor) in the chosen language. */
  entity: string;
  labelKey: string;
  unitKey: string;
  /** Shown value = stored value x scale (shares in %). */
  scale: number;
  integer: boolean;
  min: number;
  max: number | undefined;
  /** The scenario's value, stored units. */
  base: number | undefined;
}

const KEBAB_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The experiment-file path of an editor field: array items by their id when they have one. */
export function experimentPath(scenario: unknown, path: JsonPath): string {
  let out = '';
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      const id = getAt(scenario, [...path.slice(0, i), segment, 'id']);
      out += `[${typeof id === 'string' && KEBAB_ID.test(id) ? id : segment}]`;
    } else out += out === '' ? segment : `.${segment}`;
  });
  return out;
}

const kebab = (text: string): string =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A column id from a path: the ids it names and its last key (`sco-almaty-departures-per-week`). */
export function parameterId(path: string): string {
  const ids = [...path.matchAll(/\[([a-z0-9-]+)\]/g)]
    .map((m) => m[1] as string)
    .filter((x) => !/^\d+$/.test(x));
  const last = path.split('.').at(-1)?.replace(/\[.*$/, '') ?? 'value';
  const id = kebab([...ids, last].join('-')).slice(0, 80);
  return KEBAB_ID.test(id) ? id : 'parameter';
}

/** Every editor field as a candidate parameter, in the editor's order. */
export function parameterCandidates(scenario: unknown, language: Language): ParameterCandidate[] {
  return editorFieldGroups(scenario, language).flatMap((group) =>
    group.rows.flatMap((row) =>
      row.fields.map((field) => {
        const path = experimentPath(scenario, field.path);
        const base = getAt(scenario, field.path);
        return {
          path,
          id: parameterId(path),
          group: group.id,
          entity: row.name,
          labelKey: field.labelKey,
          unitKey: field.unitKey,
          scale: field.scale,
          integer: field.integer,
          min: field.min,
          max: field.max,
          base: typeof base === 'number' ? base : undefined,
        };
      }),
    ),
  );
}

/** One parameter as the view holds it: values in the shown unit (x scale). */
export interface ParameterSetting {
  path: string;
  id: string;
  scale: number;
  integer: boolean;
  kind: 'values' | 'range';
  /** The listed values, shown units. */
  values: number[];
  from: number;
  to: number;
  count: number;
}

export type DesignKind = ExperimentFile['design']['kind'];

export interface ExperimentSettings {
  parameters: ParameterSetting[];
  design: DesignKind;
  lhsPoints: number;
  lhsSeed: number;
  replications: number;
  /** Base seed of every point; undefined: the scenario's. */
  seed: number | undefined;
  /** Simulated days (an override on every point); undefined: the scenario's. */
  durationDays: number | undefined;
  metrics: string[];
}

/** The KPIs the view offers to keep (one value per simulated year). */
export const KPI_METRICS = [
  'trainsPerYear',
  'teuDelivered',
  'meanSeaRailTransitDays',
  'co2PerTeuTonnes',
  'scoTradeValueUsd',
  'scoTradeGrowth',
  'backlogTeu',
] as const;

/** Shown units back to stored ones, without binary noise (30 % is 0.3, not 0.30000000000000004). */
const toStored = (shown: number, scale: number): number => Number((shown / scale).toPrecision(12));
const toShown = (stored: number, scale: number): number => Number((stored * scale).toPrecision(12));

/** The experiment file of the view's settings over a base scenario named `scenarioRef`. */
export function experimentFile(settings: ExperimentSettings, scenarioRef: string): ExperimentFile {
  const design: ExperimentFile['design'] =
    settings.design === 'latin-hypercube'
      ? { kind: 'latin-hypercube', points: settings.lhsPoints, seed: settings.lhsSeed }
      : { kind: settings.design };
  return {
    format: 'scoda-experiment',
    version: 1,
    scenario: scenarioRef,
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    overrides:
      settings.durationDays === undefined ? [] : [{ path: 'durationDays', value: settings.durationDays }],
    parameters: settings.parameters.map((p) =>
      p.kind === 'values'
        ? { id: p.id, path: p.path, values: p.values.map((v) => toStored(v, p.scale)) }
        : {
            id: p.id,
            path: p.path,
            range: {
              from: toStored(p.from, p.scale),
              to: toStored(p.to, p.scale),
              count: p.count,
              integer: p.integer,
            },
          },
    ),
    design,
    replications: settings.replications,
    metrics: settings.metrics,
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const numbers = (x: unknown): number[] | undefined =>
  Array.isArray(x) && x.every((v) => typeof v === 'number') ? (x as number[]) : undefined;

/**
 * The view's settings from an experiment file (any JSON; the worker checks it fully when it runs).
 * Paths that are editor fields take the field's unit; others are kept in stored units. Ranges by
 * `step` become the same values as a list. Undefined with the reason when the shape is not an
 * experiment's.
 */
export function settingsFromFile(
  json: unknown,
  candidates: readonly ParameterCandidate[],
): { ok: true; settings: ExperimentSettings; scenario: string } | { ok: false; path: string } {
  if (!isRecord(json) || json['format'] !== 'scoda-experiment') return { ok: false, path: 'format' };
  if (!Array.isArray(json['parameters'])) return { ok: false, path: 'parameters' };
  const parameters: ParameterSetting[] = [];
  for (const [i, p] of json['parameters'].entries()) {
    if (!isRecord(p) || typeof p['path'] !== 'string' || typeof p['id'] !== 'string')
      return { ok: false, path: `parameters[${i}]` };
    const candidate = candidates.find((c) => c.path === p['path']);
    const scale = candidate?.scale ?? 1;
    const values = numbers(p['values']);
    const range = isRecord(p['range']) ? p['range'] : undefined;
    const common = { path: p['path'], id: p['id'], scale, integer: candidate?.integer ?? false };
    if (values) {
      const shown = values.map((v) => toShown(v, scale));
      parameters.push({
        ...common,
        kind: 'values',
        values: shown,
        from: shown[0] ?? 0,
        to: shown.at(-1) ?? 0,
        count: 2,
      });
    } else if (range && typeof range['from'] === 'number' && typeof range['to'] === 'number') {
      const { from, to } = range as { from: number; to: number };
      const step = typeof range['step'] === 'number' ? range['step'] : undefined;
      const count =
        typeof range['count'] === 'number'
          ? range['count']
          : step
            ? Math.floor((to - from) / step + 1e-9) + 1
            : 2;
      const integer = range['integer'] === true;
      if (step !== undefined) {
        const listed = Array.from({ length: count }, (_, k) => toShown(from + k * step, scale));
        parameters.push({
          ...common,
          integer,
          kind: 'values',
          values: listed,
          from: listed[0] ?? 0,
          to: listed.at(-1) ?? 0,
          count,
        });
      } else
        parameters.push({
          ...common,
          integer,
          kind: 'range',
          values: [],
          from: toShown(from, scale),
          to: toShown(to, scale),
          count,
        });
    } else return { ok: false, path: `parameters[${i}]` };
  }
  const design = isRecord(json['design']) ? json['design'] : {};
  const kind = design['kind'];
  const duration = Array.isArray(json['overrides'])
    ? json['overrides'].find((o) => isRecord(o) && o['path'] === 'durationDays')
    : undefined;
  return {
    ok: true,
    scenario: typeof json['scenario'] === 'string' ? json['scenario'] : '',
    settings: {
      parameters,
      design: kind === 'latin-hypercube' || kind === 'one-at-a-time' ? kind : 'grid',
      lhsPoints: typeof design['points'] === 'number' ? design['points'] : 10,
      lhsSeed: typeof design['seed'] === 'number' ? design['seed'] : 1,
      replications: typeof json['replications'] === 'number' ? json['replications'] : 3,
      seed: typeof json['seed'] === 'number' ? json['seed'] : undefined,
      durationDays:
        isRecord(duration) && typeof duration['value'] === 'number' ? duration['value'] : undefined,
      metrics: (Array.isArray(json['metrics']) ? json['metrics'] : []).filter(
        (m): m is string => typeof m === 'string',
      ),
    },
  };
}

/** One point's figure for one metric and year: mean and 95 % interval over replications. */
export interface PointEstimate {
  point: number;
  values: number[];
  varied: number | undefined;
  mean: number;
  low: number;
  high: number;
  replications: number;
}

/** The years a metric has in the results (empty for a whole-run figure). */
export function metricYears(results: readonly ExperimentPointResult[], metric: string): number[] {
  const years = new Set<number>();
  for (const row of results[0]?.replications[0]?.rows ?? [])
    if (row.metric === metric && row.year !== undefined) years.add(row.year);
  return [...years].sort((a, b) => a - b);
}

/** Every point's estimate of `metric` in `year` (undefined for a whole-run figure). */
export function pointEstimates(
  outline: ExperimentOutline,
  results: readonly ExperimentPointResult[],
  metric: string,
  year: number | undefined,
): PointEstimate[] {
  return results.map((result) => {
    const values = result.replications.map(
      (rep) => rep.rows.find((row) => row.metric === metric && row.year === year)?.value ?? NaN,
    );
    const estimate = confidenceInterval95(values);
    const point = outline.points[result.point];
    return {
      point: result.point,
      values: point?.values ?? [],
      varied: point?.varied,
      ...estimate,
      replications: values.filter((v) => !Number.isNaN(v)).length,
    };
  });
}

/** A tornado bar: the KPI at a parameter's lowest and highest value, the others at the base. */
export interface TornadoBar {
  parameter: number;
  lowValue: number;
  highValue: number;
  atLow: PointEstimate;
  atHigh: PointEstimate;
  /** |KPI at high − KPI at low|: the bars are drawn widest first. */
  swing: number;
}

/** One-at-a-time results as tornado bars around the base point, widest swing first. */
export function tornado(
  outline: ExperimentOutline,
  estimates: readonly PointEstimate[],
): { base: PointEstimate; bars: TornadoBar[] } | undefined {
  const base = estimates.find((e) => e.varied === -1);
  if (!base) return undefined;
  const bars: TornadoBar[] = [];
  outline.parameters.forEach((_, p) => {
    const along = [base, ...estimates.filter((e) => e.varied === p)].sort(
      (a, b) => (a.values[p] as number) - (b.values[p] as number),
    );
    const atLow = along[0] as PointEstimate;
    const atHigh = along.at(-1) as PointEstimate;
    if (atLow === atHigh) return;
    bars.push({
      parameter: p,
      lowValue: atLow.values[p] as number,
      highValue: atHigh.values[p] as number,
      atLow,
      atHigh,
      swing: Math.abs(atHigh.mean - atLow.mean),
    });
  });
  bars.sort((a, b) => b.swing - a.swing || a.parameter - b.parameter);
  return { base, bars };
}

/** A response curve: the KPI along one parameter, the other parameters held at `others`. */
export interface ResponseLine {
  /** The other parameters' values (shown in the legend); empty with one parameter. */
  others: Array<{ parameter: number; value: number }>;
  points: PointEstimate[];
}

/**
 * The KPI against parameter `p`: one line per combination of the other parameters' values (a
 * grid's slices), each sorted along `p`. One-at-a-time designs: the base and the points varying
 * `p`. A Latin hypercube has no two points alike in the others: one line through every point,
 * sorted along `p` (the others vary along it, which the table shows).
 */
export function responseLines(
  outline: ExperimentOutline,
  estimates: readonly PointEstimate[],
  p: number,
): ResponseLine[] {
  const along = (list: PointEstimate[]): PointEstimate[] =>
    [...list].sort((a, b) => (a.values[p] as number) - (b.values[p] as number));
  if (outline.design.kind === 'one-at-a-time')
    return [{ others: [], points: along(estimates.filter((e) => e.varied === -1 || e.varied === p)) }];
  if (outline.design.kind === 'latin-hypercube') return [{ others: [], points: along([...estimates]) }];
  const groups = new Map<string, PointEstimate[]>();
  for (const e of estimates) {
    const key = e.values.filter((_, q) => q !== p).join('|');
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((list) => ({
    others: outline.parameters
      .map((_, q) => ({ parameter: q, value: list[0]?.values[q] as number }))
      .filter((o) => o.parameter !== p),
    points: along(list),
  }));
}

/** Points that would run: a quick count before the worker plans (grid product, LHS points, OAT). */
export function expectedPoints(settings: ExperimentSettings): number {
  const levels = settings.parameters.map((p) => (p.kind === 'values' ? p.values.length : p.count));
  if (settings.design === 'latin-hypercube') return settings.lhsPoints;
  if (settings.design === 'one-at-a-time') return 1 + levels.reduce((sum, n) => sum + n, 0);
  return levels.reduce((product, n) => product * n, 1);
}

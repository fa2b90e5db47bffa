// What the form editor shows for a scenario: the planner's levers, grouped, each with its JSON
// path, unit and range (the ranges are the schema's, sim-core/src/scenario/schema.ts). Reads the
// scenario JSON defensively: it may be half-edited and invalid.
import type { Language } from '../../state/useSettingsStore.ts';
import { getAt, formatJsonPath, type JsonPath } from '../../state/scenarioPath.ts';

export interface NumberFieldSpec {
  path: JsonPath;
  /** The formatted path, as validation reports it. */
  key: string;
  /** i18n key of the field's label. */
  labelKey: string;
  /** i18n key of the unit. */
  unitKey: string;
  min: number;
  max: number | undefined;
  /** True when the bound at `min` is excluded (capacity must be > 0). */
  minExclusive: boolean;
  integer: boolean;
  /** Shown value = stored value × scale (shares and growth are stored as fractions, shown in %). */
  scale: number;
}

export interface FieldRow {
  /** The entity's name in the chosen language. */
  name: string;
  fields: NumberFieldSpec[];
}

export type FieldGroupId = 'corridors' | 'rail' | 'sea' | 'air' | 'road' | 'nodes';

export interface FieldGroup {
  id: FieldGroupId;
  rows: FieldRow[];
}

type Json = Record<string, unknown>;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function localName(entity: unknown, language: Language): string {
  const name = getAt(entity, ['name', language]) ?? getAt(entity, ['name', 'en']);
  if (typeof name === 'string') return name;
  const id = getAt(entity, ['id']);
  return typeof id === 'string' ? id : '?';
}

function numberField(
  path: JsonPath,
  labelKey: string,
  unitKey: string,
  range: Partial<NumberFieldSpec> = {},
): NumberFieldSpec {
  return {
    path,
    key: formatJsonPath(path),
    labelKey,
    unitKey,
    min: 0,
    max: undefined,
    minExclusive: false,
    integer: false,
    scale: 1,
    ...range,
  };
}

function corridorRows(scenario: unknown, language: Language): FieldRow[] {
  return asArray(getAt(scenario, ['corridors'])).map((corridor, index) => ({
    name: localName(corridor, language),
    fields: [
      numberField(
        ['corridors', index, 'growthPerYear'],
        'editor.field.growthPerYear',
        'units.percentPerYear',
        { min: -90, max: 1000, scale: 100 },
      ),
      numberField(
        ['corridors', index, 'singleDocumentShare'],
        'editor.field.singleDocumentShare',
        'units.percent',
        { min: 0, max: 100, scale: 100 },
      ),
    ],
  }));
}

function serviceFields(service: Json, index: number): NumberFieldSpec[] {
  const mode = String(service['mode']);
  const fields: NumberFieldSpec[] = [];
  if (getAt(service, ['timetable', 'weekdays']) === undefined) {
    fields.push(
      numberField(
        ['services', index, 'timetable', 'departuresPerWeek'],
        `editor.field.departures.${mode}`,
        'units.perWeek',
      ),
    );
  }
  if (getAt(service, ['capacity', 'tonnes']) !== undefined) {
    fields.push(
      numberField(
        ['services', index, 'capacity', 'tonnes'],
        `editor.field.capacity.${mode}`,
        'units.tonnes',
        { minExclusive: true },
      ),
    );
  } else {
    fields.push(
      numberField(['services', index, 'capacity', 'teu'], `editor.field.capacity.${mode}`, 'units.teu', {
        minExclusive: true,
      }),
    );
  }
  return fields;
}

function serviceRows(scenario: unknown, language: Language, mode: string): FieldRow[] {
  return asArray(getAt(scenario, ['services'])).flatMap((service, index) => {
    if (service === null || typeof service !== 'object' || (service as Json)['mode'] !== mode) return [];
    return [{ name: localName(service, language), fields: serviceFields(service as Json, index) }];
  });
}

function nodeRows(scenario: unknown, language: Language): FieldRow[] {
  return asArray(getAt(scenario, ['nodes'])).flatMap((node, nodeIndex) => {
    const processes = asArray(getAt(node, ['processes']));
    if (processes.length === 0) return [];
    const fields = processes.map((process, processIndex) =>
      numberField(
        ['nodes', nodeIndex, 'processes', processIndex, 'servers'],
        `editor.field.servers.${String(getAt(process, ['kind']))}`,
        'units.servers',
        {
          min: 1,
          max: 10_000,
          integer: true,
        },
      ),
    );
    return [{ name: localName(node, language), fields }];
  });
}

/** The editor's groups for a scenario, in the order they are shown; empty groups left out. */
export function editorFieldGroups(scenario: unknown, language: Language): FieldGroup[] {
  const groups: FieldGroup[] = [
    { id: 'corridors', rows: corridorRows(scenario, language) },
    { id: 'rail', rows: serviceRows(scenario, language, 'rail') },
    { id: 'sea', rows: serviceRows(scenario, language, 'sea') },
    { id: 'air', rows: serviceRows(scenario, language, 'air') },
    { id: 'road', rows: serviceRows(scenario, language, 'road') },
    { id: 'nodes', rows: nodeRows(scenario, language) },
  ];
  return groups.filter((group) => group.rows.length > 0);
}

/** The JSON paths of every disruption field (throttle-node interventions). */
export function disruptionFieldPaths(scenario: unknown): string[] {
  return asArray(getAt(scenario, ['interventions'])).flatMap((intervention, index) =>
    getAt(intervention, ['kind']) === 'throttle-node'
      ? ['node', 'from', 'to', 'factor'].map((key) => formatJsonPath(['interventions', index, key]))
      : [],
  );
}

/** Every field path the editor shows, for mapping validation issues to fields. */
export function allFieldPaths(groups: readonly FieldGroup[], scenario: unknown): string[] {
  const paths = groups.flatMap((group) => group.rows.flatMap((row) => row.fields.map((field) => field.key)));
  return [...paths, ...disruptionFieldPaths(scenario)];
}

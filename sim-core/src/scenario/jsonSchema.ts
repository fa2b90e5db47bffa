/**
 * The JSON Schema of the scenario format, generated from the zod schema so that the two never
 * drift: editors (VS Code's `$schema`) complete and check scenario files with it. The file in
 * assets/ is written by `npm run schema` and a test checks that it is up to date.
 */
import { z } from 'zod';
import * as schema from './schema.ts';
import { SCHEMA_VERSION, Scenario } from './schema.ts';

/** Where the generated schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'assets/scenario.schema.json';

/** The parts of schema.ts that get a name in the JSON Schema's $defs. */
const NAMED_PARTS = [
  'LocalizedText',
  'Provenance',
  'Distribution',
  'Mode',
  'NodeKind',
  'NodeProcess',
  'Node',
  'Link',
  'Timetable',
  'Service',
  'Corridor',
  'Demand',
  'DocumentStep',
  'MultiDocumentSteps',
  'SingleDocumentSteps',
  'DocumentRule',
  'Documents',
  'Intervention',
  'KpiSettings',
  'Factors',
] as const;

/** The scenario JSON Schema (draft 2020-12), describing files as written (defaults optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  // reused: 'ref' puts the repeated parts in $defs once; the named parts of schema.ts get their
  // own names there (Distribution, Service, ...) instead of generated ones, through a registry
  // kept here so that schema.ts stays free of JSON Schema concerns.
  const names = z.registry<{ id: string; title: string }>();
  for (const name of NAMED_PARTS) names.add(schema[name], { id: name, title: name });
  const json = z.toJSONSchema(Scenario, {
    io: 'input',
    target: 'draft-2020-12',
    reused: 'ref',
    metadata: names,
  });
  const properties = (json['properties'] ?? {}) as Record<string, unknown>;
  return {
    ...json,
    // Editors associate a file with its schema through "$schema"; validation drops that key.
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema this file follows (editors only).' },
      ...properties,
    },
    $id: `https://scoda-sim.invalid/scenario.schema.v${SCHEMA_VERSION}.json`,
    title: `SCODA Corridor Simulator scenario, format version ${SCHEMA_VERSION}`,
  };
}

/** The schema as the committed file's text: two-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

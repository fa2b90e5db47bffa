/**
 * The JSON Schema of the scenario format, generated from the zod schema so that the two never
 * drift: editors (VS Code's `$schema`) complete and check scenario files with it. The file in
 * assets/ is written by `npm run schema` and a test checks that it is up to date.
 */
import { z } from 'zod';
import { SCHEMA_VERSION, Scenario } from './schema.ts';

/** Where the generated schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'assets/scenario.schema.json';

/** The scenario JSON Schema (draft 2020-12), describing files as written (defaults optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  // reused: 'ref' puts the repeated parts (distributions, localized texts) in $defs once.
  const schema = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-2020-12', reused: 'ref' });
  const properties = (schema['properties'] ?? {}) as Record<string, unknown>;
  return {
    ...schema,
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

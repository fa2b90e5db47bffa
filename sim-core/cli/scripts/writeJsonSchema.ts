/**
 * `npm run schema`: regenerates assets/scenario.schema.json and assets/experiment.schema.json
 * from their zod schemas. Each is written to a temporary file and renamed, so an editor never
 * reads half a schema.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EXPERIMENT_SCHEMA_PATH,
  experimentJsonSchemaText,
} from '../../src/experiment/experimentJsonSchema.ts';
import { JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
for (const [path, text] of [
  [JSON_SCHEMA_PATH, scenarioJsonSchemaText()],
  [EXPERIMENT_SCHEMA_PATH, experimentJsonSchemaText()],
] as const) {
  const target = join(root, path);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, target);
  process.stdout.write(`wrote ${path}\n`);
}

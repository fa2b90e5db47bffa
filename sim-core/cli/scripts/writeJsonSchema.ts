/**
 * `npm run schema`: regenerates assets/scenario.schema.json from the zod schema. Written to a
 * temporary file and renamed, so an editor never reads half a schema.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, scenarioJsonSchemaText } from '../../src/scenario/jsonSchema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const target = join(root, JSON_SCHEMA_PATH);
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, scenarioJsonSchemaText(), 'utf8');
renameSync(temporary, target);
process.stdout.write(`wrote ${JSON_SCHEMA_PATH}\n`);

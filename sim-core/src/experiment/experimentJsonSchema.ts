/**
 * The JSON Schema of the experiment file, generated from the zod schema as the scenario's is, so
 * editors complete and check experiment files; `npm run schema` writes it and a test checks that
 * the committed file is up to date.
 */
import { z } from 'zod';
import { Experiment, EXPERIMENT_VERSION } from './schema.ts';

/** Where the generated schema lives, relative to the repository root. */
export const EXPERIMENT_SCHEMA_PATH = 'assets/experiment.schema.json';

export function experimentJsonSchemaText(): string {
  const json = z.toJSONSchema(Experiment, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  const schema = {
    ...json,
    $id: `https://scoda-sim.invalid/experiment.schema.v${EXPERIMENT_VERSION}.json`,
    title: `SCODA Corridor Simulator experiment, format version ${EXPERIMENT_VERSION}`,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

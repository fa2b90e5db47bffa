import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_SCHEMA_PATH, experimentJsonSchemaText } from './experimentJsonSchema.ts';

describe('the experiment JSON Schema for editors', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
    const committed = new URL(`../../../${EXPERIMENT_SCHEMA_PATH}`, import.meta.url);
    const text = readFileSync(committed, 'utf8');
    expect(text).toBe(experimentJsonSchemaText());
    const schema = JSON.parse(text) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(
      expect.arrayContaining(['scenario', 'parameters', 'design', 'replications']),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});

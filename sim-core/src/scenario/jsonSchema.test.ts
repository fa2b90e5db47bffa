import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema.ts';

const committed = new URL(`../../../${JSON_SCHEMA_PATH}`, import.meta.url);

describe('the JSON Schema for editors', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes files as written: defaulted fields are optional, unknown keys refused', () => {
    const schema = scenarioJsonSchema();
    const required = schema['required'] as string[];
    expect(required).toContain('nodes');
    expect(required).not.toContain('seed');
    expect(schema['additionalProperties']).toBe(false);
    expect(Object.keys(schema['properties'] as object)).toContain('$schema');
  });
});

/**
 * Reads the corridor tables in assets/data/. A table is `{ columns, rows }`: `columns` gives each
 * column's unit and, for a column of numbers, the provenance every number in it has unless a row
 * overrides it in its `cells`; each row may also carry the `provenance` of the record it becomes
 * (what the built scenarios show beside it). Every table is checked with zod; a bad one stops the
 * build with the file, the JSON path and what was expected.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeValue, formatPath } from '../../src/scenario/jsonPath.ts';
import type { Provenance } from '../../src/scenario/schema.ts';
import { assumption, cite, estimate, SOURCES, withNote } from './sources.ts';

export const DATA_DIR = new URL('../../../assets/data/', import.meta.url);

const sourceIds = new Set(SOURCES.map((row) => row.id));
const sourceId = z.string().refine((id) => sourceIds.has(id), {
  error: (issue) =>
    `expected the id of a row of assets/sources/sources.json, got ${describeValue(issue.input)}`,
});
const year = z.number().int().min(1900).max(2100);

/**
 * Where one number comes from: a source id, the year it describes and a confidence tag (A
 * official, B trade press, C derived or estimated). A figure no source gives is `estimate: true`
 * and confidence C.
 */
export const CellProvenance = z
  .strictObject({
    source: sourceId,
    year,
    confidence: z.enum(['A', 'B', 'C']),
    estimate: z.literal(true).optional(),
  })
  .refine((p) => (p.estimate === true) === (p.confidence === 'C'), {
    error: 'expected "estimate": true exactly when the confidence is C',
  });
export type CellProvenance = z.infer<typeof CellProvenance>;

/**
 * A column: its unit (or what it holds) and, for numbers, their default provenance. A column of
 * numbers that name rather than measure (a year that keys its row) says `key: true` instead.
 */
export const Column = z.strictObject({
  unit: z.string().min(1),
  provenance: CellProvenance.optional(),
  key: z.literal(true).optional(),
});

/**
 * The provenance a record carries into the scenario: a citation of a source (with an optional
 * note after what the source says), an estimate or an assumption (each with its reasoning).
 */
export const RecordProvenance = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cite'), source: sourceId, note: z.string().min(1).optional() }),
  z.strictObject({
    kind: z.literal('estimate'),
    source: sourceId.optional(),
    year,
    note: z.string().min(1),
  }),
  z.strictObject({ kind: z.literal('assumption'), year, note: z.string().min(1) }),
]);
export type RecordProvenance = z.infer<typeof RecordProvenance>;

/** The scenario provenance a record's provenance stands for. */
export function provenanceOf(spec: RecordProvenance): Provenance {
  switch (spec.kind) {
    case 'cite':
      return spec.note === undefined ? cite(spec.source) : withNote(cite(spec.source), spec.note);
    case 'estimate':
      return estimate(spec.year, spec.note, spec.source);
    case 'assumption':
      return assumption(spec.year, spec.note);
  }
}

/** Row fields every table may have besides its own columns. */
export const rowMeta = {
  /** Per-column provenance that overrides the column's default for this row. */
  cells: z.record(z.string(), CellProvenance).optional(),
};

/** Row fields that describe the record rather than hold its figures (they need no column). */
const isMeta = (key: string): boolean => key === 'cells' || /provenance$/i.test(key);

/** Every field of `rows` and every key of their `cells` must be a column (so it has a unit). */
function columnsCover(
  columns: Record<string, unknown>,
  rows: readonly unknown[],
  fieldsOf: (row: unknown) => [string, unknown][],
  pathOf: (index: number, key: string) => PropertyKey[],
  ctx: z.core.$RefinementCtx,
): void {
  rows.forEach((row, i) => {
    for (const [key, value] of fieldsOf(row)) {
      if (key === 'cells')
        for (const cell of Object.keys(value as object))
          if (columns[cell] === undefined)
            ctx.addIssue({
              code: 'custom',
              path: [...pathOf(i, 'cells'), cell],
              message: `expected a column named in "columns", "${cell}" is not one`,
            });
      if (!isMeta(key) && columns[key] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: pathOf(i, key),
          message: `expected "${key}" to be declared in "columns" with its unit`,
        });
    }
  });
}

/** The zod schema of a table whose rows are `row`. */
export function tableOf<Row extends z.ZodType>(row: Row) {
  return z
    .strictObject({
      description: z.string().min(1),
      columns: z.record(z.string(), Column),
      rows: z.array(row),
    })
    .superRefine((table, ctx) =>
      columnsCover(
        table.columns,
        table.rows,
        (r) => Object.entries(r as object),
        (i, key) => ['rows', i, key],
        ctx,
      ),
    );
}

/** The same check for a GeoJSON FeatureCollection: a feature's fields are its geometry and properties. */
export function featuresCoveredByColumns(
  file: { columns: Record<string, unknown>; features: readonly { properties: object }[] },
  ctx: z.core.$RefinementCtx,
): void {
  columnsCover(
    file.columns,
    file.features,
    (f) => [['geometry', null], ...Object.entries((f as { properties: object }).properties)],
    (i, key) => (key === 'geometry' ? ['features', i, 'geometry'] : ['features', i, 'properties', key]),
    ctx,
  );
}

/** A message naming the file, the JSON path and what was expected, one line per problem. */
export function tableError(file: string, error: z.ZodError, at: readonly PropertyKey[] = []): Error {
  const lines = error.issues.slice(0, 20).map((issue) => {
    const where = formatPath([...at, ...issue.path]);
    return `  ${where === '' ? '(the whole file)' : where}: ${issue.message}`;
  });
  const more = error.issues.length > 20 ? `\n  ... and ${error.issues.length - 20} more` : '';
  return new Error(`assets/data/${file}: not a valid table\n${lines.join('\n')}${more}`);
}

/** Checks `json` (the content of assets/data/`file`) against `schema`; throws with the paths. */
export function parseData<Schema extends z.ZodType>(
  file: string,
  json: unknown,
  schema: Schema,
): z.infer<Schema> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw tableError(file, parsed.error);
  return parsed.data;
}

/** Reads assets/data/`file` as JSON; a syntax error names the file. */
export function readData(file: string): unknown {
  const text = readFileSync(new URL(file, DATA_DIR), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`assets/data/${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Reads and checks assets/data/`file`. */
export function loadData<Schema extends z.ZodType>(file: string, schema: Schema): z.infer<Schema> {
  return parseData(file, readData(file), schema);
}

/** Throws a table error for a check zod cannot express (a cross reference). */
export function failAt(file: string, path: readonly PropertyKey[], message: string): never {
  throw new Error(`assets/data/${file}: not a valid table\n  ${formatPath(path)}: ${message}`);
}

/** Names in the app's three languages, as the tables write them. */
export const Names = z.strictObject({ en: z.string().min(1), zh: z.string().min(1), ru: z.string().min(1) });
/** A triangular spread written [min, mode, max] (hours unless the column says otherwise). */
export const Triple = z
  .tuple([z.number().nonnegative(), z.number().nonnegative(), z.number().nonnegative()])
  .refine(([min, mode, max]) => min <= mode && mode <= max, {
    error: 'expected [min, mode, max] with min <= mode <= max',
  });
/** A kebab-case id. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id (a-z, 0-9, -)');

/**
 * Versioned migrations of the scenario format. A file written for an older format version is
 * brought forward one version at a time, so a change to the format needs one new step here and
 * never touches the older ones. Migrations never mutate their input.
 */
import type { ValidationIssue } from './issueMessages.ts';
import { makeIssue } from './IssueCollector.ts';
import { describeValue } from './jsonPath.ts';
import { SCHEMA_VERSION } from './schema.ts';

/** One step: takes a document of version `from` and returns one of version `from + 1`. */
export interface Migration {
  from: number;
  /** What changed, shown as a warning so the user knows the file was read in an older format. */
  describe: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The registry, one entry per version step. Version 0 is a file without `schemaVersion` (drafts
 * written before the format was versioned, and hand-written files): it is version 1 minus the
 * version field.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe: 'no "schemaVersion": read as format version 1 (add "schemaVersion": 1 to the file)',
    migrate: (document) => ({ schemaVersion: 1, ...document }),
  },
  {
    from: 1,
    describe:
      'format version 1: one document set for every mode and corridor; read as version 2 with no "documents.rules" (add "schemaVersion": 2 and rules for air, rail... to the file)',
    migrate: (document) => {
      const documents = document['documents'];
      const withRules =
        typeof documents === 'object' && documents !== null && !Array.isArray(documents)
          ? { rules: [], ...(documents as Record<string, unknown>) }
          : documents;
      return { ...document, schemaVersion: 2, documents: withRules };
    },
  },
  {
    from: 2,
    describe:
      'format version 2: overseas warehouses were drawn as "inland-depot"; read as version 3, an "inland-depot" named as a warehouse (id or name says warehouse / 海外仓 / склад) becomes "overseas-warehouse" (add "schemaVersion": 3 to the file)',
    migrate: (document) => {
      const nodes = document['nodes'];
      return {
        ...document,
        schemaVersion: 3,
        nodes: Array.isArray(nodes) ? nodes.map(warehouseKind) : nodes,
      };
    },
  },
];

/** Words by which a version-2 file marked an inland depot as an overseas warehouse. */
const WAREHOUSE_WORDS = /warehouse|海外仓|склад/i;

/**
 * Version 2 offered one kind, "inland depot / overseas warehouse": a depot whose id or name
 * (in any language) says warehouse was meant as one. Everything else, processes included, is
 * kept, so the engine runs it as before (it reads processes, never the kind).
 */
function warehouseKind(node: unknown): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
  const record = node as Record<string, unknown>;
  if (record['kind'] !== 'inland-depot') return node;
  const name = record['name'];
  const texts = [
    record['id'],
    ...(typeof name === 'object' && name !== null ? Object.values(name as Record<string, unknown>) : []),
  ];
  const isWarehouse = texts.some((text) => typeof text === 'string' && WAREHOUSE_WORDS.test(text));
  return isWarehouse ? { ...record, kind: 'overseas-warehouse' } : node;
}

export type MigrationOutcome =
  { ok: true; document: unknown; warnings: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Brings a parsed JSON document to the current format version. Non-objects pass through
 * untouched (the schema reports them). An unknown future version, or a version that is not a
 * whole number, is an error naming it.
 */
export function migrateScenario(
  input: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: true, document: input, warnings: [] };
  }
  let document = input as Record<string, unknown>;
  const raw = document['schemaVersion'];
  let version: number;
  if (raw === undefined) version = 0;
  else if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1) version = raw;
  else {
    return {
      ok: false,
      issues: [makeIssue('schemaVersion', 'bad-format-version', { got: describeValue(raw) })],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [makeIssue('schemaVersion', 'newer-format-version', { version, supported: SCHEMA_VERSION })],
    };
  }
  const warnings: ValidationIssue[] = [];
  while (version < SCHEMA_VERSION) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) {
      return {
        ok: false,
        issues: [makeIssue('schemaVersion', 'no-migration', { version })],
      };
    }
    document = step.migrate(document);
    warnings.push(
      makeIssue('schemaVersion', 'migrated', {
        from: step.from,
        to: step.from + 1,
        description: step.describe,
      }),
    );
    version += 1;
  }
  return { ok: true, document, warnings };
}

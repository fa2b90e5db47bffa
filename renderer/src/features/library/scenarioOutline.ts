// Whether a JSON file is a scenario at all, before it replaces the working one: an object with a
// numeric schemaVersion and nodes and links lists (the outline the desktop also checks on open).
// Anything else opens nothing, so the working scenario and its undo history are kept.

export type OutlineProblem = 'notObject' | 'noSchemaVersion' | 'noNodes' | 'noLinks';

export function scenarioOutlineProblem(json: unknown): OutlineProblem | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'notObject';
  const record = json as Record<string, unknown>;
  if (typeof record['schemaVersion'] !== 'number') return 'noSchemaVersion';
  if (!Array.isArray(record['nodes'])) return 'noNodes';
  if (!Array.isArray(record['links'])) return 'noLinks';
  return undefined;
}

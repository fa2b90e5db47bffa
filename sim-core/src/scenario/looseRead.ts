/**
 * Defensive readers for a document that may not have passed the schema yet. The cross-reference
 * checks use them so that they can report alongside the schema's own messages (every problem at
 * once) without tripping over a malformed part: a value of the wrong type reads as absent, and
 * the schema has already said why.
 */

export type LooseRecord = Record<string, unknown>;

export function asRecord(value: unknown): LooseRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as LooseRecord)
    : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The object items of an array field, each with its index in the array. */
export function recordsOf(
  parent: LooseRecord | undefined,
  key: string,
): Array<{ index: number; item: LooseRecord }> {
  const out: Array<{ index: number; item: LooseRecord }> = [];
  asArray(parent?.[key]).forEach((value, index) => {
    const item = asRecord(value);
    if (item) out.push({ index, item });
  });
  return out;
}

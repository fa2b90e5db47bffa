/**
 * The scenario hash stamped on every result: SHA-256 of the canonical JSON of the validated
 * scenario. @noble/hashes is pure JS, so the same code runs in the worker, the app and Node.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Scenario } from './schema.ts';

/**
 * JSON with object keys sorted (by UTF-16 code units, as Array.prototype.sort does) and no
 * whitespace; `undefined` members are left out as JSON.stringify does. Two scenarios that differ
 * only in key order or formatting give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/** SHA-256 (lowercase hex) of the scenario's canonical JSON. Hash the VALIDATED scenario. */
export function scenarioHash(scenario: Scenario): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(scenario))));
}

/**
 * The corridor's nodes, read from assets/data/nodes.json (names in English, Chinese and Russian,
 * WGS84 positions, rail gauge) with their processes from assets/data/node-processes.json
 * (nodeProcesses.ts). Every node cites the coordinates source.
 */
import { z } from 'zod';
import type { Node } from '../../src/scenario/schema.ts';
import { NODE_KINDS } from '../../src/vocabulary/nodeKinds.ts';
import { processesByNode } from './nodeProcesses.ts';
import { failAt, Id, loadData, Names, provenanceOf, RecordProvenance, rowMeta, tableOf } from './tables.ts';

const FILE = 'nodes.json';

const NodeRow = z.strictObject({
  id: Id,
  kind: z.enum(NODE_KINDS),
  name: Names,
  /** The short name used in service names (only nodes a service starts or ends at need one). */
  shortName: Names.optional(),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code such as "CN"'),
  gaugeMm: z.union([z.literal(1435), z.literal(1520)]).optional(),
  provenance: RecordProvenance,
  ...rowMeta,
});

/** The schema of assets/data/nodes.json. */
export const NodesFile = tableOf(NodeRow);
const ROWS = loadData(FILE, NodesFile).rows;

{
  const seen = new Set<string>();
  ROWS.forEach((row, i) => {
    if (seen.has(row.id))
      failAt(FILE, ['rows', i, 'id'], `expected a unique node id, "${row.id}" is repeated`);
    seen.add(row.id);
  });
}

const PROCESSES = processesByNode(new Set(ROWS.map((row) => row.id)));

export const NODES: Node[] = ROWS.map((row) => {
  const n: Node = {
    id: row.id,
    kind: row.kind,
    name: { en: row.name.en, zh: row.name.zh, ru: row.name.ru },
    lon: row.lon,
    lat: row.lat,
    country: row.country,
    processes: PROCESSES.get(row.id) ?? [],
    provenance: provenanceOf(row.provenance),
  };
  if (row.gaugeMm !== undefined) n.gaugeMm = row.gaugeMm;
  return n;
});

/** Position of a node by id, [lon, lat]; throws for an unknown id (a typo in a builder table). */
export function positionOf(id: string): [number, number] {
  const n = NODES.find((x) => x.id === id);
  if (n === undefined) throw new Error(`unknown node id "${id}" in the data builder`);
  return [n.lon, n.lat];
}

/** A node's short name for service names, in the app's three languages. */
export function place(id: string): [string, string, string] {
  const p = ROWS.find((row) => row.id === id)?.shortName;
  if (p === undefined) throw new Error(`no shortName for node "${id}" in assets/data/${FILE}`);
  return [p.en, p.zh, p.ru];
}

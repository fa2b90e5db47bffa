/**
 * Processes at nodes, read from assets/data/node-processes.json: dwell at overseas terminals, and
 * the gauge change, customs and far-side processing of each rail border crossing, with their
 * sources. A row gives `serviceHours` as used, or `ordinaryHours`: a published time for an
 * ordinary train, which the builder writes for a scheduled train (see SCHEDULED_OF_ORDINARY).
 */
import { z } from 'zod';
import type { NodeProcess } from '../../src/scenario/schema.ts';
import { PROCESS_KINDS } from '../../src/scenario/schema.ts';
import { MODES } from '../../src/vocabulary/modes.ts';
import { PARAMETERS } from './parameters.ts';
import { failAt, Id, loadData, provenanceOf, RecordProvenance, rowMeta, tableOf, Triple } from './tables.ts';

const FILE = 'node-processes.json';

const ProcessRow = z
  .strictObject({
    node: Id,
    id: Id,
    kind: z.enum(PROCESS_KINDS),
    servers: z.number().int().min(1),
    unit: z.enum(['vehicle', 'consignment']),
    serviceHours: Triple.optional(),
    ordinaryHours: Triple.optional(),
    inspectionProbability: z.number().min(0).max(1).optional(),
    inspectionHours: Triple.optional(),
    modes: z.array(z.enum(MODES)).optional(),
    provenance: RecordProvenance.optional(),
    ...rowMeta,
  })
  .refine((row) => (row.serviceHours === undefined) !== (row.ordinaryHours === undefined), {
    error: 'expected exactly one of serviceHours and ordinaryHours',
  });

/** The schema of assets/data/node-processes.json. */
export const NodeProcessesFile = tableOf(ProcessRow);

/**
 * The engine gives fixed-timetable ("scheduled") trains their process times as written and ad hoc
 * trains 1 / 0.7 times as long (People's Daily 2025: scheduled trains >30 % faster, A). Published
 * crossing times describe ordinary trains, so `ordinaryHours` are written here x 0.7.
 */
const SCHEDULED_OF_ORDINARY = PARAMETERS.scheduledOfOrdinary;
const scheduled = (hours: number): number => Math.round(hours * SCHEDULED_OF_ORDINARY * 100) / 100;

const triangular = ([min, mode, max]: readonly number[]): NodeProcess['serviceHours'] => ({
  kind: 'triangular',
  min: min as number,
  mode: mode as number,
  max: max as number,
});

/** Each node's processes in table order; a row naming a node not in `nodeIds` is an error. */
export function processesByNode(nodeIds: ReadonlySet<string>): Map<string, NodeProcess[]> {
  const rows = loadData(FILE, NodeProcessesFile).rows;
  const byNode = new Map<string, NodeProcess[]>();
  rows.forEach((row, i) => {
    if (!nodeIds.has(row.node))
      failAt(FILE, ['rows', i, 'node'], `expected a node id of nodes.json, got "${row.node}"`);
    const ordinary = row.ordinaryHours?.map(scheduled);
    const p: NodeProcess = {
      id: row.id,
      kind: row.kind,
      servers: row.servers,
      unit: row.unit,
      serviceHours: triangular(ordinary ?? row.serviceHours ?? []),
    };
    if (row.inspectionProbability !== undefined) p.inspectionProbability = row.inspectionProbability;
    if (row.inspectionHours !== undefined) p.inspectionHours = triangular(row.inspectionHours);
    if (row.modes !== undefined) p.modes = row.modes;
    if (row.provenance !== undefined) p.provenance = provenanceOf(row.provenance);
    const list = byNode.get(row.node) ?? [];
    if (list.some((q) => q.id === p.id))
      failAt(FILE, ['rows', i, 'id'], `expected a unique process id at ${row.node}, "${p.id}" is repeated`);
    list.push(p);
    byNode.set(row.node, list);
  });
  return byNode;
}

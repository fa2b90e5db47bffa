/**
 * Documents by mode and corridor: the multi-document sets and the rules that pick them are read
 * from assets/data/documents.json; the single-document steps are derived here. The engine applies the multi-document steps at the origin AND at
 * every change of mode, and the single-document steps as one declaration at the origin plus a
 * sealed transfer at each change of mode; the first rule matching the departing leg's mode and
 * the corridor replaces the default set.
 *
 * - Sea-rail transit to Russia via Vladivostok: a new bill of lading and transit declaration at
 *   the origin and again at the ship-to-train change, ~2 days each, ~4 days in all: the 3-5 days
 *   of paperwork Yantai reported before its single-document train.
 * - The Japan-Korea Land-Sea Express: sea paperwork at the Japanese or Korean port (default set),
 *   then the rail set at Qingdao's ship-to-train change (pre-declared, 10 min customs).
 * - Air: an air waybill and an electronic export declaration in hours; the clearance itself (1.3 h
 *   average at Jiaodong, 2023) is the airport's customs process.
 * - Rail from the hub: a railway bill (SMGS/CIM) and a pre-declared export declaration; Qingdao
 *   customs clears a Central Asia train in 10 min (2018), Alashankou in 20 min pre-declared (2025).
 * - Sea and road otherwise (the default): a bill of lading and an export declaration, ~2 days.
 *
 * Single-document mode is calibrated to Lianyungang's published effect, -40 % clearance time: in
 * every set the single-document steps take 60 % of the multi-document time they replace (see
 * the model README for why Yantai's 25 -> 12 days is not the figure to match).
 */
import { z } from 'zod';
import type { DocumentRule, Documents, DocumentStep } from '../../src/scenario/schema.ts';
import { MODES } from '../../src/vocabulary/modes.ts';
import { SRC, withNote } from './sources.ts';
import { PARAMETERS } from './parameters.ts';
import { failAt, Id, loadData, provenanceOf, RecordProvenance, rowMeta, tableOf, Triple } from './tables.ts';

const FILE = 'documents.json';
const UNVERIFIED = 'measured at Yantai / Lianyungang; transferability to Qingdao is unverified';
/** Lianyungang 2025: single document -40 % clearance time, so single = 0.6 x multi. */
export const SINGLE_DOCUMENT_TIME_FACTOR = PARAMETERS.singleDocumentTimeFactor;
/** The set used when no rule matches: sea and road, and sea-rail. */
const DEFAULT_SET = 'sea-rail';

type Tri = readonly [min: number, mode: number, max: number];
const tri = ([min, mode, max]: Tri): DocumentStep['hours'] => ({ kind: 'triangular', min, mode, max });
const scaled = (parts: Tri[], factor: number): Tri =>
  [0, 1, 2].map((i) => factor * parts.reduce((sum, t) => sum + (t[i] as number), 0)) as unknown as Tri;

const fee = z.number().nonnegative();
const SetRow = z.strictObject({
  id: Id,
  bill: Triple,
  declaration: Triple,
  inspection: Triple,
  inspectionProbability: z.number().min(0).max(1),
  fees: z.strictObject({ bill: fee, declaration: fee, inspection: fee, single: fee, transfer: fee }),
  stepProvenance: z.strictObject({
    bill: RecordProvenance,
    declaration: RecordProvenance,
    inspection: RecordProvenance,
  }),
  ...rowMeta,
});
type SetSpec = z.infer<typeof SetRow>;
const RuleRow = z.strictObject({
  id: Id,
  modes: z.array(z.enum(MODES)).optional(),
  corridors: z.array(Id).optional(),
  set: Id,
  provenance: RecordProvenance,
  ...rowMeta,
});
/** The schema of assets/data/documents.json. */
export const DocumentsFile = z.strictObject({
  description: z.string().min(1),
  sets: tableOf(SetRow),
  rules: tableOf(RuleRow),
});
const TABLES = loadData(FILE, DocumentsFile);
const SETS = new Map(TABLES.sets.rows.map((row) => [row.id, row]));

function setNamed(id: string, path: readonly PropertyKey[]): SetSpec {
  const found = SETS.get(id);
  if (found === undefined)
    failAt(FILE, path, `expected the id of a row of sets (${[...SETS.keys()].join(', ')}), got "${id}"`);
  return found;
}

/** A document set from its multi-document steps; the single-document steps are 60 % of them. */
function documentSet(spec: SetSpec): Pick<Documents, 'multi' | 'single'> {
  const single = scaled([spec.bill, spec.declaration], SINGLE_DOCUMENT_TIME_FACTOR);
  const lianyungang = withNote(
    SRC.lianyungang,
    `single document: 60 % of the multi-document bill and declaration (-40 % clearance time); fees are estimates (C); ${UNVERIFIED}`,
  );
  return {
    multi: {
      billOfLading: {
        hours: tri(spec.bill),
        feeUsd: spec.fees.bill,
        provenance: provenanceOf(spec.stepProvenance.bill),
      },
      transitDeclaration: {
        hours: tri(spec.declaration),
        feeUsd: spec.fees.declaration,
        provenance: provenanceOf(spec.stepProvenance.declaration),
      },
      inspectionProbability: spec.inspectionProbability,
      inspection: {
        hours: tri(spec.inspection),
        feeUsd: spec.fees.inspection,
        provenance: provenanceOf(spec.stepProvenance.inspection),
      },
    },
    single: {
      declarationAtOrigin: { hours: tri(single), feeUsd: spec.fees.single, provenance: lianyungang },
      sealedTransfer: { hours: tri(single), feeUsd: spec.fees.transfer, provenance: lianyungang },
    },
  };
}

export function buildDocuments(): Documents {
  return {
    ...documentSet(setNamed(DEFAULT_SET, [])),
    // First match wins (the rows' order): cargo for Russia via Vladivostok changes to Russian rail
    // under a new transit declaration; the Land-Sea Express's ship-to-train change at Qingdao
    // takes the rail set.
    rules: TABLES.rules.rows.map((row, i): DocumentRule => {
      const match: Pick<DocumentRule, 'modes' | 'corridors'> = {};
      if (row.modes !== undefined) match.modes = row.modes;
      if (row.corridors !== undefined) match.corridors = row.corridors;
      return {
        id: row.id,
        ...match,
        ...documentSet(setNamed(row.set, ['rules', 'rows', i, 'set'])),
        provenance: provenanceOf(row.provenance),
      };
    }),
  };
}

/**
 * Documents by mode and corridor. The engine applies the multi-document steps at the origin AND at
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
import type { DocumentRule, Documents, DocumentStep, Provenance } from '../../src/scenario/schema.ts';
import { estimate, SRC, withNote } from './sources.ts';

const UNVERIFIED = 'measured at Yantai / Lianyungang; transferability to Qingdao is unverified';
/** Lianyungang 2025: single document -40 % clearance time, so single = 0.6 x multi. */
export const SINGLE_DOCUMENT_TIME_FACTOR = 0.6;

type Tri = [min: number, mode: number, max: number];
const tri = ([min, mode, max]: Tri): DocumentStep['hours'] => ({ kind: 'triangular', min, mode, max });
const scaled = (parts: Tri[], factor: number): Tri =>
  [0, 1, 2].map((i) => factor * parts.reduce((sum, t) => sum + (t[i] as number), 0)) as Tri;

interface SetSpec {
  bill: Tri;
  declaration: Tri;
  inspection: Tri;
  inspectionProbability: number;
  fees: { bill: number; declaration: number; inspection: number; single: number; transfer: number };
  source: { bill: Provenance; declaration: Provenance; inspection: Provenance };
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
      billOfLading: { hours: tri(spec.bill), feeUsd: spec.fees.bill, provenance: spec.source.bill },
      transitDeclaration: {
        hours: tri(spec.declaration),
        feeUsd: spec.fees.declaration,
        provenance: spec.source.declaration,
      },
      inspectionProbability: spec.inspectionProbability,
      inspection: {
        hours: tri(spec.inspection),
        feeUsd: spec.fees.inspection,
        provenance: spec.source.inspection,
      },
    },
    single: {
      declarationAtOrigin: { hours: tri(single), feeUsd: spec.fees.single, provenance: lianyungang },
      sealedTransfer: { hours: tri(single), feeUsd: spec.fees.transfer, provenance: lianyungang },
    },
  };
}

const inspectionEstimate = estimate(
  2025,
  'a 10 % chance of inspection at the origin and at each change of mode, 4-24 h and USD 150: no published figure',
);

/** Sea-rail transit and, by default, sea and road: ~2 days at the origin and at each change of mode. */
const SEA_RAIL: SetSpec = {
  bill: [12, 20, 40],
  declaration: [8, 18, 46],
  inspection: [4, 8, 24],
  inspectionProbability: 0.1,
  fees: { bill: 50, declaration: 80, inspection: 150, single: 60, transfer: 20 },
  source: {
    bill: withNote(
      SRC.yantai,
      `mean 24 h; origin + change of mode together make the 3-5 days of paperwork Yantai reported for sea-rail; fee USD 50 is an estimate (C); ${UNVERIFIED}`,
    ),
    declaration: withNote(
      SRC.yantai,
      `mean 24 h (see the bill of lading); fee USD 80 is an estimate (C); ${UNVERIFIED}`,
    ),
    inspection: inspectionEstimate,
  },
};

const AIR: SetSpec = {
  bill: [0.5, 1, 2],
  declaration: [0.25, 0.5, 1],
  inspection: [1, 2, 4],
  inspectionProbability: 0.05,
  fees: { bill: 30, declaration: 40, inspection: 100, single: 40, transfer: 10 },
  source: {
    bill: estimate(2023, 'air waybill issued at acceptance, 0.5-2 h, USD 30 (no published figure)'),
    declaration: estimate(
      2023,
      "electronic export declaration lodged at acceptance, 0.25-1 h, USD 40 (no published figure); the clearance itself is Jiaodong's air-customs process (1.3 h average, 2023), not counted twice",
    ),
    inspection: estimate(2023, 'a 5 % chance of inspection, 1-4 h and USD 100 (no published figure)'),
  },
};

const RAIL: SetSpec = {
  bill: [6, 12, 24],
  declaration: [0.1, 0.25, 0.5],
  inspection: [2, 6, 12],
  inspectionProbability: 0.05,
  fees: { bill: 40, declaration: 30, inspection: 150, single: 50, transfer: 20 },
  source: {
    bill: estimate(
      2025,
      'railway bill (SMGS/CIM) issued within a working day, 6-24 h, USD 40 (no published figure)',
    ),
    declaration: withNote(
      SRC.customsQingdao,
      'pre-declared export clearance 10-20 min (Qingdao 10 min, 2018; Alashankou 20 min pre-declared, 2025); fee USD 30 is an estimate (C)',
    ),
    inspection: estimate(2025, 'a 5 % chance of inspection, 2-12 h and USD 150 (no published figure)'),
  },
};

const rule = (
  id: string,
  match: Pick<DocumentRule, 'modes' | 'corridors'>,
  spec: SetSpec,
  provenance: Provenance,
): DocumentRule => ({ id, ...match, ...documentSet(spec), provenance });

export function buildDocuments(): Documents {
  return {
    ...documentSet(SEA_RAIL),
    rules: [
      // First match wins: cargo for Russia via Vladivostok changes to Russian rail under a new
      // transit declaration (no published time; Yantai's figure). The Land-Sea Express's ship-to-
      // train change at Qingdao takes the rail set: Qingdao clears Central Asia trains in 10 min.
      rule(
        'sea-rail-transit',
        { corridors: ['russia-sea'] },
        SEA_RAIL,
        withNote(SRC.yantai, 'transit cargo changing from ship to train: a transit declaration on each mode'),
      ),
      rule('air', { modes: ['air'] }, AIR, SRC.airportClearance),
      rule('rail', { modes: ['rail'] }, RAIL, SRC.customsQingdao),
    ],
  };
}

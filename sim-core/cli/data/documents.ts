/**
 * Documents. The engine applies the multi-document steps at the origin AND at every change of
 * mode, and the single-document steps as one declaration at the origin plus a sealed transfer
 * at each change of mode. So a sea-rail consignment (Japan -> Qingdao -> Central Asia) pays the
 * multi-document set twice: ~2 days each, ~4 days in all, the 3-5 days of paperwork Yantai
 * reported before its single-document train. Single-document: one multimodal declaration at
 * origin (~9 h) and a sealed ship-to-train transfer of ~4 h (Yantai). The same ~2 days at the
 * origin then applies to every consignment (export booking and declaration; for air cargo this
 * is on the long side). Transferability of the Yantai and Lianyungang effects to Qingdao is
 * unverified.
 */
import type { Documents } from '../../src/scenario/schema.ts';
import { estimate, SRC, withNote } from './sources.ts';

const UNVERIFIED = 'measured at Yantai / Lianyungang; transferability to Qingdao is unverified';

export function buildDocuments(): Documents {
  return {
    multi: {
      billOfLading: {
        hours: { kind: 'triangular', min: 12, mode: 20, max: 40 },
        feeUsd: 50,
        provenance: withNote(
          SRC.yantai,
          `mean 24 h; origin + change of mode together make the 3-5 days of paperwork Yantai reported for sea-rail; fee USD 50 is an estimate (C); ${UNVERIFIED}`,
        ),
      },
      transitDeclaration: {
        hours: { kind: 'triangular', min: 8, mode: 18, max: 46 },
        feeUsd: 80,
        provenance: withNote(
          SRC.yantai,
          `mean 24 h (see the bill of lading); fee USD 80 is an estimate (C); ${UNVERIFIED}`,
        ),
      },
      inspectionProbability: 0.1,
      inspection: {
        hours: { kind: 'triangular', min: 4, mode: 8, max: 24 },
        feeUsd: 150,
        provenance: estimate(
          2025,
          'a 10 % chance of inspection at each change of mode, 4-24 h and USD 150: no published figure',
        ),
      },
    },
    single: {
      declarationAtOrigin: {
        hours: { kind: 'triangular', min: 4, mode: 8, max: 16 },
        feeUsd: 60,
        provenance: withNote(
          SRC.lianyungang,
          `estimate (C): one electronic multimodal declaration lodged before the first leg, ~9 h; clearance -40 % (Lianyungang); ${UNVERIFIED}`,
        ),
      },
      sealedTransfer: {
        hours: { kind: 'triangular', min: 2, mode: 4, max: 6 },
        feeUsd: 20,
        provenance: withNote(
          SRC.yantai,
          `ship-to-train transfer 4 h; fee USD 20 is an estimate (C); ${UNVERIFIED}`,
        ),
      },
    },
  };
}

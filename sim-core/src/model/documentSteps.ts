/**
 * Documents as process steps. Multi-document mode: at the origin and at every change of mode a new
 * bill of lading, a transit declaration and, with a probability, an inspection. Single-document
 * mode: one declaration at the origin and a sealed transfer at each change of mode (the next leg
 * is booked ahead, so there is no further paperwork to wait for).
 */
import { distributionMean } from '../kernel/sampler.ts';
import type { DocumentStep, Documents } from '../scenario/schema.ts';

export const DOC_BILL_OF_LADING = 0;
export const DOC_TRANSIT_DECLARATION = 1;
export const DOC_INSPECTION = 2;
export const DOC_DECLARATION_AT_ORIGIN = 3;
export const DOC_SEALED_TRANSFER = 4;
/** Stream names of the duration of each step kind, by code. */
export const DOC_STEP_NAMES = [
  'bill-of-lading',
  'transit-declaration',
  'inspection',
  'declaration-at-origin',
  'sealed-transfer',
] as const;

export interface CompiledDocuments {
  steps: DocumentStep[];
  inspectionProbability: number;
  /** Document steps of a node visit: at the origin or at a change of mode, by mode. */
  multiSteps: number[];
  singleOriginSteps: number[];
  singleTransferSteps: number[];
  /** Expected fee (USD per consignment) and hours for routing, for a share of single-document cargo. */
  expected(singleShare: number): {
    originFeeUsd: number;
    originHours: number;
    transferFeeUsd: number;
    transferHours: number;
  };
}

export function compileDocuments(docs: Documents): CompiledDocuments {
  const steps = [
    docs.multi.billOfLading,
    docs.multi.transitDeclaration,
    docs.multi.inspection,
    docs.single.declarationAtOrigin,
    docs.single.sealedTransfer,
  ];
  const p = docs.multi.inspectionProbability;
  const fee = (code: number): number => steps[code]?.feeUsd ?? 0;
  const hours = (code: number): number => {
    const step = steps[code];
    return step === undefined ? 0 : distributionMean(step.hours);
  };
  const multiFee = fee(0) + fee(1) + p * fee(2);
  const multiHours = hours(0) + hours(1) + p * hours(2);
  return {
    steps,
    inspectionProbability: p,
    multiSteps: [DOC_BILL_OF_LADING, DOC_TRANSIT_DECLARATION, DOC_INSPECTION],
    singleOriginSteps: [DOC_DECLARATION_AT_ORIGIN],
    singleTransferSteps: [DOC_SEALED_TRANSFER],
    expected: (s) => ({
      originFeeUsd: s * fee(3) + (1 - s) * multiFee,
      originHours: s * hours(3) + (1 - s) * multiHours,
      transferFeeUsd: s * fee(4) + (1 - s) * multiFee,
      transferHours: s * hours(4) + (1 - s) * multiHours,
    }),
  };
}

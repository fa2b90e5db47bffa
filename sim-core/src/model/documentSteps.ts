/**
 * Documents as process steps. Multi-document mode: at the origin and at every change of mode a new
 * bill of lading, a transit declaration and, with a probability, an inspection. Single-document
 * mode: one declaration at the origin and a sealed transfer at each change of mode (the next leg
 * is booked ahead, so there is no further paperwork to wait for).
 *
 * Which steps apply depends on the leg the cargo departs on and its corridor: document set 0 is
 * the scenario's default, set r + 1 is `documents.rules[r]`; the first rule whose modes and
 * corridors match wins. Step `k` of set `s` has the code `s * DOC_STEPS_PER_SET + k`.
 */
import { distributionMean } from '../kernel/sampler.ts';
import type { Corridor, DocumentStep, Documents, Mode } from '../scenario/schema.ts';

export const DOC_BILL_OF_LADING = 0;
export const DOC_TRANSIT_DECLARATION = 1;
export const DOC_INSPECTION = 2;
export const DOC_DECLARATION_AT_ORIGIN = 3;
export const DOC_SEALED_TRANSFER = 4;
export const DOC_STEPS_PER_SET = 5;
/** Stream names of the duration of each step kind, by code within a set. */
export const DOC_STEP_NAMES = [
  'bill-of-lading',
  'transit-declaration',
  'inspection',
  'declaration-at-origin',
  'sealed-transfer',
] as const;

/** Expected fee (USD per consignment) and hours of the documents, for routing. */
export interface ExpectedDocuments {
  originFeeUsd: number;
  originHours: number;
  transferFeeUsd: number;
  transferHours: number;
}

export interface CompiledDocuments {
  /** Every set's steps, by code. */
  steps: DocumentStep[];
  /** Random stream name of each step's duration, by code. */
  streamNames: string[];
  /** Inspection probability of each set. */
  inspectionProbability: Float64Array;
  /** The set for cargo of corridor `corridor` departing on mode index `mode` (0 when mode < 0). */
  setFor(corridor: number, mode: number): number;
  setCount: number;
  multiSteps(set: number): number[];
  singleOriginSteps(set: number): number[];
  singleTransferSteps(set: number): number[];
  /** Expected fees and hours of a set, for a share of single-document cargo. */
  expected(set: number, singleShare: number): ExpectedDocuments;
}

type StepSet = Pick<Documents, 'multi' | 'single'>;

/** `modes`: the engine's mode order (mode index -> mode). */
export function compileDocuments(
  docs: Documents,
  corridors: readonly Pick<Corridor, 'id'>[],
  modes: readonly Mode[],
): CompiledDocuments {
  const sets: StepSet[] = [docs, ...docs.rules];
  const steps = sets.flatMap((s) => [
    s.multi.billOfLading,
    s.multi.transitDeclaration,
    s.multi.inspection,
    s.single.declarationAtOrigin,
    s.single.sealedTransfer,
  ]);
  const streamNames = sets.flatMap((_, s) =>
    DOC_STEP_NAMES.map((name) =>
      s === 0 ? `document-hours/${name}` : `document-hours/${docs.rules[s - 1]?.id}/${name}`,
    ),
  );
  const probability = Float64Array.from(sets, (s) => s.multi.inspectionProbability);
  // The set of each (corridor, mode): the first matching rule, else the default.
  const table = new Int32Array(corridors.length * modes.length);
  corridors.forEach((corridor, ci) =>
    modes.forEach((mode, mi) => {
      const r = docs.rules.findIndex(
        (rule) =>
          (rule.modes === undefined || rule.modes.includes(mode)) &&
          (rule.corridors === undefined || rule.corridors.includes(corridor.id)),
      );
      table[ci * modes.length + mi] = r + 1;
    }),
  );
  const fee = (code: number): number => steps[code]?.feeUsd ?? 0;
  const hours = (code: number): number => {
    const step = steps[code];
    return step === undefined ? 0 : distributionMean(step.hours);
  };
  const base = (set: number, k: number): number => set * DOC_STEPS_PER_SET + k;
  return {
    steps,
    streamNames,
    inspectionProbability: probability,
    setCount: sets.length,
    setFor: (corridor, mode) => (mode < 0 ? 0 : (table[corridor * modes.length + mode] ?? 0)),
    multiSteps: (set) =>
      [DOC_BILL_OF_LADING, DOC_TRANSIT_DECLARATION, DOC_INSPECTION].map((k) => base(set, k)),
    singleOriginSteps: (set) => [base(set, DOC_DECLARATION_AT_ORIGIN)],
    singleTransferSteps: (set) => [base(set, DOC_SEALED_TRANSFER)],
    expected: (set, s) => {
      const p = probability[set] ?? 0;
      const at = (k: number): number => base(set, k);
      const multiFee = fee(at(0)) + fee(at(1)) + p * fee(at(2));
      const multiHours = hours(at(0)) + hours(at(1)) + p * hours(at(2));
      return {
        originFeeUsd: s * fee(at(3)) + (1 - s) * multiFee,
        originHours: s * hours(at(3)) + (1 - s) * multiHours,
        transferFeeUsd: s * fee(at(4)) + (1 - s) * multiFee,
        transferHours: s * hours(at(4)) + (1 - s) * multiHours,
      };
    },
  };
}

/** True when document step `code` is an inspection (drawn with its set's probability). */
export const isInspection = (code: number): boolean => code % DOC_STEPS_PER_SET === DOC_INSPECTION;

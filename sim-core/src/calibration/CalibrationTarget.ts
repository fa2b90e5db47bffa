/**
 * The calibration targets format (assets/calibration/targets.json): each published figure the
 * model is held to, with its source, year, confidence tag, tolerance and how the model measures it.
 */
import { z } from 'zod';

/** How the model's value of a figure is measured from a run (see measures.ts). */
export const Measure = z.discriminatedUnion('kind', [
  /**
   * Trains at the KPI hub node in the first reported year: the engine's KPI (到发, arrivals +
   * departures; a train calling on its way through counts arriving and leaving).
   */
  z.strictObject({ kind: z.literal('hub-trains-per-year') }),
  /** Mean TEU on board a train as it leaves or reaches the hub on the corridor side. */
  z.strictObject({ kind: z.literal('hub-teu-per-train') }),
  /** Share of hub trains that are return runs (arrivals), 0..1. */
  z.strictObject({ kind: z.literal('hub-return-share') }),
  /** Median door-to-door days of consignments from `origin` to `destination` (all commodities). */
  z.strictObject({
    kind: z.literal('transit-days-median'),
    origin: z.string().min(1),
    destination: z.string().min(1),
  }),
  /**
   * Mean days from the first departure to delivery, `origin` to `destination` (all commodities,
   * weighted by deliveries): how published train and sailing times read ("the train takes 18
   * days"), without the paperwork and the wait for the departure before it.
   */
  z.strictObject({
    kind: z.literal('transit-days-from-departure'),
    origin: z.string().min(1),
    destination: z.string().min(1),
  }),
  /** Mean days a vehicle takes from `from` to `to` on a direct link (port to port), first reported year. */
  z.strictObject({ kind: z.literal('vehicle-trip-days'), from: z.string().min(1), to: z.string().min(1) }),
  /** Mean service time (excluding waiting) of one process, hours. */
  z.strictObject({
    kind: z.literal('process-service-hours'),
    node: z.string().min(1),
    process: z.string().min(1),
  }),
  /** Tonnes carried by aircraft into and out of `node` in the first reported year. */
  z.strictObject({ kind: z.literal('air-tonnes-at-node'), node: z.string().min(1) }),
]);

export const CalibrationTarget = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id'),
  label: z.string().min(1),
  unit: z.string().min(1),
  observed: z.number().finite(),
  /** Relative tolerance: pass when |model - observed| <= tolerance x |observed|. */
  tolerance: z.number().min(0).max(1),
  source: z.string().min(1),
  year: z.number().int().min(1900).max(2100),
  confidence: z.enum(['A', 'B', 'C']),
  /** In words: what the model counts and how it differs from the published figure. */
  howMeasured: z.string().min(1),
  measure: Measure,
  note: z.string().optional(),
});

export const CalibrationTargets = z.strictObject({
  /** The scenario the targets hold for (the one `scoda-sim calibrate` runs by default). */
  scenario: z.string().min(1),
  description: z.string().min(1),
  targets: z.array(CalibrationTarget).min(1),
});

export type Measure = z.infer<typeof Measure>;
export type CalibrationTarget = z.infer<typeof CalibrationTarget>;
export type CalibrationTargets = z.infer<typeof CalibrationTargets>;

/** Parses targets JSON, throwing an Error that names the JSON path of every problem. */
export function parseCalibrationTargets(input: unknown, fileName = 'targets.json'): CalibrationTargets {
  const parsed = CalibrationTargets.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${fileName}: invalid calibration targets\n${lines.join('\n')}`);
}

// The calibration report (assets/calibration/report.json, written by `scoda-sim calibrate
// --report`): each published figure, its source, year and confidence, and the model's mean and
// 95 % confidence interval over 10 replications of the 2025 baseline. Bundled with the app, so
// the About view shows what the model was checked against without running it.

export interface CalibrationFigure {
  id: string;
  label: string;
  unit: string;
  model: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  observed: number;
  low: number;
  high: number;
  verdict: 'pass' | 'fail' | 'undecided';
  source: string;
  year: number;
  confidence: 'A' | 'B' | 'C';
}

export interface CalibrationReport {
  scenario: string;
  replications: number;
  passed: number;
  failed: number;
  figures: CalibrationFigure[];
}

const modules = import.meta.glob<unknown>('../../../../assets/calibration/report.json', {
  eager: true,
  import: 'default',
});

function isReport(value: unknown): value is CalibrationReport {
  const report = value as Partial<CalibrationReport> | undefined;
  return typeof report?.scenario === 'string' && Array.isArray(report.figures);
}

/** The bundled report, or undefined when the build has none. */
export function calibrationReport(): CalibrationReport | undefined {
  const value = Object.values(modules)[0];
  return isReport(value) ? value : undefined;
}

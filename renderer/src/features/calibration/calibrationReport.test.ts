import { describe, expect, it } from 'vitest';
import targets from '../../../../assets/calibration/targets.json';
import { calibrationReport } from './calibrationReport.ts';

describe('the calibration report the About view shows', () => {
  it('lists every calibrated figure with its source, year, confidence and a verdict', () => {
    const report = calibrationReport();
    expect(report?.replications).toBeGreaterThanOrEqual(10);
    expect(report?.figures.map((f) => f.id)).toEqual(targets.targets.map((t) => t.id));
    for (const f of report?.figures ?? []) {
      expect(f.source.length).toBeGreaterThan(0);
      expect(['A', 'B', 'C']).toContain(f.confidence);
      expect(['pass', 'fail', 'undecided']).toContain(f.verdict);
    }
  });
});

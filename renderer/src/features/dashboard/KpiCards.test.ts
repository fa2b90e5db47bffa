import { describe, expect, it } from 'vitest';
import { formatKpiAgainst } from './KpiCards.tsx';

describe('a KPI beside its target', () => {
  it('shows enough digits that a value just below the target never reads as the target', () => {
    expect(formatKpiAgainst('scoTradeGrowth', 0.0999, 0.1, 'en')).toBe('9.99%');
    expect(formatKpiAgainst('trainsPerYear', 799.6, 800, 'en')).toBe('799.6');
  });

  it('keeps the usual digits when the value and the target read differently', () => {
    expect(formatKpiAgainst('scoTradeGrowth', 0.12, 0.1, 'en')).toBe('12%');
    expect(formatKpiAgainst('trainsPerYear', 1226.4, 800, 'en')).toBe('1,226');
    expect(formatKpiAgainst('scoTradeGrowth', 0.1, 0.1, 'en')).toBe('10%');
  });
});

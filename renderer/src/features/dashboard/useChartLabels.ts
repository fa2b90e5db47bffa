// The words and tick format of the weekly charts in the chosen language; run B's legend name says
// when B is of other years and drawn by week of year beside A.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { LOCALES } from '../../i18n/i18n.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { differentYears, type ChartLabels } from './seriesCharts.ts';

export function useChartLabels(
  unit: string,
  result: RunResult | undefined,
  compare: RunResult | undefined,
): ChartLabels {
  const { t } = useTranslation(['results', 'workbench']);
  const language = useSettingsStore((state) => state.language);
  const aligned = result !== undefined && compare !== undefined && differentYears(result, compare);
  const yearB = compare?.replications[0]?.weeks.startDates[0]?.slice(0, 4) ?? '';
  return useMemo<ChartLabels>(() => {
    // Runs of other years share the axis by week of year: the ticks then name months only.
    const format = new Intl.DateTimeFormat(LOCALES[language], {
      month: 'short',
      ...(aligned ? {} : { year: 'numeric' }),
      timeZone: 'UTC',
    });
    return {
      compare: aligned ? t('charts.runBAligned', { year: yearB }) : t('workbench:compare.runB'),
      unit,
      weekFrom: t('workbench:charts.weekFrom'),
      formatTick: (seconds) => format.format(seconds * 1000),
    };
  }, [t, language, unit, aligned, yearB]);
}

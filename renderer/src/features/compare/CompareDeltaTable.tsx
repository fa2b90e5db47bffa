// The comparison table: each key figure of A, and per variant its value and the difference from
// A with the 95 % interval over paired replications, or a plain "not distinguishable from zero".
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatSigned } from '../../i18n/format.ts';
import type { RunRecord } from '../../state/useRunHistoryStore.ts';
import { useSettingsStore, type Language } from '../../state/useSettingsStore.ts';
import { formatKpi } from '../dashboard/KpiCards.tsx';
import { compareTable, type CompareMetric } from './compareTable.ts';
import type { PairedDelta } from './pairedDifference.ts';

export const SLOT_LETTERS = ['A', 'B', 'C', 'D'] as const;

function formatValue(metric: CompareMetric, value: number, language: Language): string {
  if (metric === 'teuDelivered' || metric === 'peakBacklogTeu') return formatNumber(value, language, 0);
  return formatKpi(metric, value, language);
}

/** A difference in the metric's own unit (growth in percentage points). */
function formatDelta(metric: CompareMetric, value: number, language: Language): string {
  if (metric === 'scoTradeGrowth') return `${formatSigned(value * 100, language, 1)} pp`;
  const digits = metric === 'meanSeaRailTransitDays' ? 2 : metric === 'co2PerTeuTonnes' ? 3 : 0;
  return formatSigned(value, language, digits);
}

function DeltaCell({ metric, delta }: { metric: CompareMetric; delta: PairedDelta }) {
  const { t } = useTranslation('results');
  const language = useSettingsStore((state) => state.language);
  const verdict =
    delta.distinguishable === undefined
      ? 'noInterval'
      : delta.distinguishable
        ? 'distinguishable'
        : 'indistinguishable';
  return (
    <td className={`num delta-${verdict}`} data-verdict={verdict}>
      <span className="delta-mean">{formatDelta(metric, delta.delta, language)}</span>
      {delta.distinguishable !== undefined && (
        <span className="delta-ci">
          {' '}
          [{formatDelta(metric, delta.low, language)}; {formatDelta(metric, delta.high, language)}]
        </span>
      )}
      {verdict === 'indistinguishable' && (
        <span className="delta-verdict">{t('compareRuns.notDistinct')}</span>
      )}
    </td>
  );
}

export function CompareDeltaTable({ runs }: { runs: RunRecord[] }) {
  const { t } = useTranslation(['results', 'workbench']);
  const language = useSettingsStore((state) => state.language);
  const table = useMemo(() => compareTable(runs.map((run) => run.result)), [runs]);
  const [a] = runs;
  if (!a) return null;
  const variants = runs.slice(1);
  return (
    <table className="delta-table" data-testid="compare-deltas">
      <caption>{t('compareRuns.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compareRuns.metric')}</th>
          <th scope="col">A</th>
          {variants.map((_, index) => {
            const letter = SLOT_LETTERS[index + 1];
            return (
              <Fragment key={letter}>
                <th scope="col">{letter}</th>
                <th scope="col">
                  {letter} − A <small>{t('compareRuns.ci95')}</small>
                </th>
              </Fragment>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.metric} data-testid={`delta-${row.metric}`}>
            <th scope="row">{t(`compareRuns.metrics.${row.metric}`)}</th>
            <td className="num">{formatValue(row.metric, row.deltas[0]?.a ?? Number.NaN, language)}</td>
            {row.deltas.map((delta, index) => (
              <Fragment key={SLOT_LETTERS[index + 1]}>
                <td className="num">{formatValue(row.metric, delta.b, language)}</td>
                <DeltaCell metric={row.metric} delta={delta} />
              </Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

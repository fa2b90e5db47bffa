// Compare two runs of this session: pick A and B, see each KPI's change (B − A, and in %), the
// charts overlaid and the map coloured by the difference.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClockTime, formatSigned, formatSignedPercent } from '../../i18n/format.ts';
import { useRunHistoryStore, type RunRecord } from '../../state/useRunHistoryStore.ts';
import { useSettingsStore, type Language } from '../../state/useSettingsStore.ts';
import { formatKpi } from '../dashboard/KpiCards.tsx';
import { kpiDeltas } from '../dashboard/kpiSummary.ts';
import { applyComparison, endComparison } from './compareActions.ts';

/** "Baseline 2025 · 14:02:11 · seed 1 · 10 reps" */
export function runLabel(run: RunRecord, language: Language, seedWord: string): string {
  return `${run.scenarioName[language]} · ${formatClockTime(run.finishedAtMs, language)} · ${seedWord} ${run.seed} · ×${run.replications}`;
}

function RunPicker({ slot }: { slot: 'A' | 'B' }) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const runs = useRunHistoryStore((state) => state.runs);
  const picked = useRunHistoryStore((state) => (slot === 'A' ? state.compareA : state.compareB));
  return (
    <label className="field">
      {t(slot === 'A' ? 'compare.runA' : 'compare.runB')}
      <select
        value={picked ?? ''}
        onChange={(event) => {
          useRunHistoryStore.getState().pickCompare(slot, event.currentTarget.value || undefined);
          applyComparison();
        }}
      >
        <option value="">{t('compare.none')}</option>
        {runs.map((run) => (
          <option key={run.id} value={run.id}>
            {runLabel(run, language, t('compare.seed'))}
          </option>
        ))}
      </select>
    </label>
  );
}

function DeltaTable({ a, b }: { a: RunRecord; b: RunRecord }) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const deltas = useMemo(() => kpiDeltas(a.result, b.result), [a, b]);
  return (
    <table className="delta-table" data-testid="compare-deltas">
      <thead>
        <tr>
          <th>{t('compare.kpi')}</th>
          <th>A</th>
          <th>B</th>
          <th>{t('compare.delta')}</th>
          <th>%</th>
        </tr>
      </thead>
      <tbody>
        {deltas.map((row) => (
          <tr key={row.id} data-testid={`delta-${row.id}`}>
            <th scope="row">{t(`kpi.${row.id}.label`)}</th>
            <td className="num">{formatKpi(row.id, row.a, language)}</td>
            <td className="num">{formatKpi(row.id, row.b, language)}</td>
            <td className="num">
              {row.id === 'scoTradeGrowth'
                ? formatSigned(row.delta * 100, language, 1) + ' pp'
                : formatSigned(row.delta, language, row.id === 'trainsPerYear' ? 0 : 2)}
            </td>
            <td className="num">
              {Number.isFinite(row.relative) ? formatSignedPercent(row.relative, language, 1) : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ComparePanel() {
  const { t } = useTranslation();
  const runs = useRunHistoryStore((state) => state.runs);
  const compareA = useRunHistoryStore((state) => state.compareA);
  const compareB = useRunHistoryStore((state) => state.compareB);
  const a = runs.find((run) => run.id === compareA);
  const b = runs.find((run) => run.id === compareB);
  return (
    <div className="compare-panel">
      <p className="hint">{t('compare.explain')}</p>
      {runs.length < 2 && <p className="hint">{t('compare.needTwoRuns')}</p>}
      <RunPicker slot="A" />
      <RunPicker slot="B" />
      {a && b && <DeltaTable a={a} b={b} />}
      {(a || b) && (
        <button type="button" onClick={endComparison}>
          {t('compare.end')}
        </button>
      )}
    </div>
  );
}

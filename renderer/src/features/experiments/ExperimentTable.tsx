// Every point of the experiment with its parameter values and the chosen KPI's mean and 95 %
// interval; sortable by any column (the buttons in the headers, keyboard too), and each row opens
// its point as a new unsaved scenario in the editor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentOutline } from '../../../../sim-core/src/api/experimentTypes.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { openPointAsScenario } from './experimentActions.ts';
import type { PointEstimate } from './experimentModel.ts';

type Column = { kind: 'point' } | { kind: 'parameter'; index: number } | { kind: 'mean' | 'low' | 'high' };

function cell(e: PointEstimate, column: Column): number {
  if (column.kind === 'point') return e.point;
  if (column.kind === 'parameter') return e.values[column.index] ?? NaN;
  return e[column.kind];
}

export function ExperimentTable({
  outline,
  estimates,
  kpiLabel,
  digits,
}: {
  outline: ExperimentOutline;
  estimates: readonly PointEstimate[];
  kpiLabel: string;
  digits: number;
}) {
  const { t } = useTranslation('experiments');
  const language = useSettingsStore((state) => state.language);
  const [sort, setSort] = useState<{ key: string; column: Column; descending: boolean }>({
    key: 'point',
    column: { kind: 'point' },
    descending: false,
  });
  const columns: Array<{ key: string; column: Column; label: string }> = [
    { key: 'point', column: { kind: 'point' }, label: t('table.point') },
    ...outline.parameters.map((p, index) => ({
      key: `p-${index}`,
      column: { kind: 'parameter', index } as Column,
      label: p.id,
    })),
    { key: 'mean', column: { kind: 'mean' }, label: t('table.mean') },
    { key: 'low', column: { kind: 'low' }, label: t('table.low') },
    { key: 'high', column: { kind: 'high' }, label: t('table.high') },
  ];
  const rows = [...estimates].sort((a, b) => {
    const x = cell(a, sort.column);
    const y = cell(b, sort.column);
    // Missing values last, whichever way.
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return (sort.descending ? y - x : x - y) || a.point - b.point;
  });
  return (
    <table className="experiment-table" data-testid="experiment-table">
      <caption>{t('table.caption', { kpi: kpiLabel })}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button
                type="button"
                onClick={() =>
                  setSort({
                    key: c.key,
                    column: c.column,
                    descending: sort.key === c.key ? !sort.descending : false,
                  })
                }
              >
                {c.label}
              </button>
            </th>
          ))}
          <th scope="col">{t('table.open')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.point}>
            <td>{formatNumber(e.point, language)}</td>
            {e.values.map((v, i) => (
              <td key={i}>{formatNumber(v, language, 4)}</td>
            ))}
            <td>{formatNumber(e.mean, language, digits)}</td>
            <td>{formatNumber(e.low, language, digits)}</td>
            <td>{formatNumber(e.high, language, digits)}</td>
            <td>
              <button
                type="button"
                data-testid="experiment-open-point"
                aria-label={t('table.openPoint', { point: e.point })}
                onClick={() => void openPointAsScenario(e.point)}
              >
                {t('table.openShort')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Origin–destination flows as a table: sort by any column, filter by text, add, copy, delete, and
// edit volume and value in place (validation messages show on the cell). "Growth" is the
// corridor's growth a year, which every flow on the corridor shares.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useValidationStore } from '../../state/useValidationStore.ts';
import {
  copyDemand,
  DEMAND_COLUMNS,
  deleteDemand,
  demandRows,
  newDemand,
  shownDemandRows,
  type DemandColumn,
} from './demandRows.ts';

/** Rows drawn at most (the table is for looking and editing, the workbook for bulk work). */
const MAX_ROWS = 200;
const EDITABLE: ReadonlySet<DemandColumn> = new Set(['annualVolume', 'valuePerUnitUsd', 'commodity']);

export function DemandTable() {
  const { t } = useTranslation('network');
  const scenario = useScenarioStore((state) => state.scenario);
  const issues = useValidationStore((state) => state.issues);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ column: DemandColumn; descending: boolean }>({
    column: 'id',
    descending: false,
  });
  const rows = useMemo(() => demandRows(scenario), [scenario]);
  const shown = shownDemandRows(rows, filter, sort.column, sort.descending);
  const replace = (next: unknown) => useScenarioStore.getState().replace(next);
  const issueAt = (index: number, column: string) =>
    issues.find((issue) => issue.path === `demand[${index}].${column}` || issue.path === `demand[${index}]`)
      ?.message;
  return (
    <details className="editor-group">
      <summary>{t('demand.title', { count: rows.length })}</summary>
      <div className="button-row">
        <input
          type="search"
          placeholder={t('demand.filter')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
        />
        <button type="button" onClick={() => replace(newDemand(scenario))}>
          {t('demand.add')}
        </button>
      </div>
      <div className="demand-table-wrap">
        <table className="demand-table" data-testid="demand-table">
          <thead>
            <tr>
              {DEMAND_COLUMNS.map((column) => (
                <th
                  key={column}
                  aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort({ column, descending: sort.column === column && !sort.descending })
                    }
                  >
                    {t(`demand.column.${column}`)}
                  </button>
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, MAX_ROWS).map((row) => (
              <tr key={row.index}>
                {DEMAND_COLUMNS.map((column) => {
                  const problem = issueAt(row.index, column);
                  const value = row.cells[column];
                  return (
                    <td key={column} className={problem ? 'invalid' : undefined} title={problem}>
                      {EDITABLE.has(column) ? (
                        <input
                          aria-label={`${row.cells.id} ${t(`demand.column.${column}`)}`}
                          aria-invalid={Boolean(problem)}
                          value={typeof value === 'number' && !Number.isFinite(value) ? '' : String(value)}
                          onChange={(event) => {
                            const text = event.currentTarget.value;
                            const stored =
                              column === 'commodity' ? text : text.trim() === '' ? null : Number(text);
                            useScenarioStore.getState().edit(['demand', row.index, column], stored);
                          }}
                        />
                      ) : column === 'growth' ? (
                        `${Math.round(Number(value) * 1000) / 10} %`
                      ) : (
                        String(value)
                      )}
                      {problem && <span className="error-text">{problem}</span>}
                    </td>
                  );
                })}
                <td>
                  <button type="button" onClick={() => replace(copyDemand(scenario, row.index))}>
                    {t('demand.copy')}
                  </button>
                  <button type="button" onClick={() => replace(deleteDemand(scenario, row.index))}>
                    {t('demand.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > MAX_ROWS && (
        <p className="hint">{t('demand.more', { count: shown.length - MAX_ROWS })}</p>
      )}
    </details>
  );
}

// Every node and link with its totals; a click on a column header sorts by it (again: reverses).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format.ts';
import { useShownRun } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { resultTableRows, sortRows, TABLE_COLUMNS, type TableColumn, type TableRow } from './resultTable.ts';

function Cell({ row, column }: { row: TableRow; column: TableColumn }) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  switch (column) {
    case 'type':
      return <>{t(`table.type.${row.type}`)}</>;
    case 'category':
      return <>{t(`table.category.${row.category}`, { defaultValue: row.category })}</>;
    case 'utilisation':
      return <>{formatPercent(row.utilisation, language, 0)}</>;
    case 'teu':
    case 'vehicles':
    case 'passThroughTeu':
    case 'passThroughVehicles':
      return <>{formatNumber(row[column], language, 0)}</>;
    case 'dwellHours':
      return <>{formatNumber(row.dwellHours, language, 1)}</>;
    default:
      return <>{row[column]}</>;
  }
}

export function NodeLinkTable() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { result, scenario } = useShownRun();
  // Kept in the store, so the order survives presentation mode unmounting the dashboard.
  const sort = useWorkbenchStore((state) => state.tableSort);
  const setTableSort = useWorkbenchStore((state) => state.setTableSort);
  const rows = useMemo(
    () => (result && scenario ? resultTableRows(result, scenario, language) : []),
    [result, scenario, language],
  );
  const sorted = useMemo(() => sortRows(rows, sort.column, sort.descending), [rows, sort]);
  if (rows.length === 0) return <p className="hint">{t('dashboard.noRun')}</p>;
  const clickHeader = (column: TableColumn) =>
    setTableSort({ column, descending: sort.column === column ? !sort.descending : column !== 'name' });
  return (
    <div className="table-scroll">
      <table className="node-link-table" data-testid="node-link-table">
        <thead>
          <tr>
            {TABLE_COLUMNS.map((column) => (
              <th
                key={column}
                aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" onClick={() => clickHeader(column)}>
                  {t(`table.column.${column}`)}
                  {sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={`${row.type}-${row.id}`}>
              {TABLE_COLUMNS.map((column) => (
                <td
                  key={column}
                  className={
                    column === 'name' || column === 'type' || column === 'category' ? undefined : 'num'
                  }
                >
                  <Cell row={row} column={column} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

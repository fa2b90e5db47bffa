// Each replication's cargo at the end of the run: generated = delivered + in transit + waiting (the
// model's conservation law), as summary.json gives it, so a planner can see where the cargo is.
import { useTranslation } from 'react-i18next';
import type { RunResult } from '../../../../sim-core/src/api/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useShownRun } from '../../state/useRunStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';

const COLUMNS = ['generatedTeu', 'deliveredTeu', 'inTransitTeu', 'waitingTeu'] as const;

/** The last period end's value of each balance series, per replication. */
export function balanceAtEnd(result: RunResult): Array<Record<(typeof COLUMNS)[number], number>> {
  return result.replications.map(
    ({ balance }) =>
      Object.fromEntries(COLUMNS.map((column) => [column, balance[column].at(-1) ?? 0])) as Record<
        (typeof COLUMNS)[number],
        number
      >,
  );
}

export function CargoBalanceTable() {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { result } = useShownRun();
  if (!result) return null;
  return (
    <div className="table-scroll">
      <table className="node-link-table" data-testid="cargo-balance-table">
        <caption>{t('dashboard.balance.caption')}</caption>
        <thead>
          <tr>
            <th>{t('dashboard.balance.replication')}</th>
            {COLUMNS.map((column) => (
              <th key={column}>{t(`dashboard.balance.${column}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {balanceAtEnd(result).map((row, replication) => (
            <tr key={replication}>
              <td>{replication + 1}</td>
              {COLUMNS.map((column) => (
                <td key={column} className="num">
                  {formatNumber(row[column], language, 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

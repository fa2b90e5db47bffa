// The four SCODA KPIs of the current run, against their targets, with the 95 % interval when the
// run has more than one replication.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatPercent } from '../../i18n/format.ts';
import { useLiveFiguresStore, type ProvisionalRun } from '../../state/useLiveFiguresStore.ts';
import { useShownRunNow } from '../../state/useRunStore.ts';
import type { Scenario } from '../../../../sim-core/src/api/types.ts';
import { useSettingsStore, type Language } from '../../state/useSettingsStore.ts';
import { KPI_IDS, kpiCards, kpiCardsOf, type KpiCard, type KpiId } from './kpiSummary.ts';

/** How each KPI's number is written. */
export function formatKpi(id: KpiId, value: number, language: Language): string {
  switch (id) {
    case 'trainsPerYear':
      return formatNumber(value, language, 0);
    case 'scoTradeGrowth':
      return formatPercent(value, language, 1);
    case 'meanSeaRailTransitDays':
      return formatNumber(value, language, 1);
    case 'co2PerTeuTonnes':
      return formatNumber(value, language, 2);
  }
}

/**
 * A KPI written with enough digits that it never reads as its target when it is not: 9.99 %
 * against a 10 % target is "9.99 %", not "10 %" beside "not met".
 */
export function formatKpiAgainst(
  id: KpiId,
  value: number,
  target: number | undefined,
  language: Language,
): string {
  const shown = formatKpi(id, value, language);
  if (target === undefined || value === target || shown !== formatKpi(id, target, language)) return shown;
  const scale = id === 'scoTradeGrowth' ? 100 : 1;
  const base = id === 'scoTradeGrowth' ? 1 : id === 'co2PerTeuTonnes' ? 2 : id === 'trainsPerYear' ? 0 : 1;
  for (let digits = base + 1; digits <= base + 6; digits++) {
    const text =
      id === 'scoTradeGrowth'
        ? formatPercent(value, language, digits)
        : formatNumber(value * scale, language, digits);
    if (
      text !==
      (id === 'scoTradeGrowth'
        ? formatPercent(target, language, digits)
        : formatNumber(target, language, digits))
    )
      return text;
  }
  return shown;
}

function Card({
  card,
  b,
  provisional,
}: {
  card: KpiCard;
  b: KpiCard | undefined;
  /** A run still going on: the running mean of `done` of `total` replications, not final. */
  provisional?: { done: number; total: number };
}) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  const { estimate } = card;
  // A provisional card says how far the run is and gives no verdict against the target.
  const verdict = provisional ? '' : card.meetsTarget === false ? 'below' : card.meetsTarget ? 'met' : '';
  const testId = provisional ? `kpi-provisional` : 'kpi';
  return (
    <article
      className={`kpi-card ${verdict}${provisional ? ' provisional' : ''}`}
      data-testid={`${testId}-${card.id}`}
      aria-busy={provisional ? true : undefined}
    >
      <h3>{t(`kpi.${card.id}.label`)}</h3>
      {provisional && (
        <p className="kpi-provisional-note">
          {t('kpi.provisional', { done: provisional.done, total: provisional.total })}
        </p>
      )}
      <p className="kpi-value" data-testid={`${testId}-value-${card.id}`}>
        {formatKpiAgainst(card.id, estimate.mean, card.target, language)}{' '}
        <small>{t(`kpi.${card.id}.unit`)}</small>
      </p>
      {estimate.replications > 1 && (
        <p className="kpi-ci">
          {t('kpi.interval', {
            low: formatKpi(card.id, estimate.low, language),
            high: formatKpi(card.id, estimate.high, language),
            count: estimate.replications,
          })}
        </p>
      )}
      {b && (
        <p className="kpi-b" data-testid={`kpi-b-${card.id}`}>
          B: {formatKpi(card.id, b.estimate.mean, language)}
          {b.estimate.replications > 1 &&
            ` (${formatKpi(card.id, b.estimate.low, language)} – ${formatKpi(card.id, b.estimate.high, language)})`}
        </p>
      )}
      {card.target !== undefined && (
        <p className="kpi-target">
          {t('kpi.target', { target: formatKpi(card.id, card.target, language) })} ·{' '}
          {card.meetsTarget === undefined || provisional
            ? '–'
            : card.meetsTarget
              ? t('kpi.met')
              : t('kpi.notMet')}
        </p>
      )}
    </article>
  );
}

/** The cards of a run still going on, from the replications finished so far. */
function ProvisionalCards({ run, scenario }: { run: ProvisionalRun; scenario: Scenario }) {
  const { t } = useTranslation();
  const cards = useMemo(() => kpiCardsOf(run.kpis, scenario), [run, scenario]);
  const progress = { done: run.kpis.length, total: run.total };
  return (
    <div className="kpi-cards provisional" aria-label={t('dashboard.kpis')} role="group" aria-live="polite">
      {cards.map((card) => (
        <Card key={card.id} card={card} b={undefined} provisional={progress} />
      ))}
    </div>
  );
}

/**
 * The cards of a run started but with no replication finished yet: each figure's place held, with
 * no number, so the previous run's final figures are never shown as if they were this run's.
 */
function PendingCards({ total }: { total: number }) {
  const { t } = useTranslation();
  return (
    <div className="kpi-cards provisional" aria-label={t('dashboard.kpis')} role="group" aria-busy="true">
      {KPI_IDS.map((id) => (
        <article key={id} className="kpi-card provisional" data-testid={`kpi-pending-${id}`}>
          <h3>{t(`kpi.${id}.label`)}</h3>
          <p className="kpi-provisional-note">{t('kpi.pending', { total })}</p>
          <p className="kpi-value">
            … <small>{t(`kpi.${id}.unit`)}</small>
          </p>
        </article>
      ))}
    </div>
  );
}

/**
 * Where figures not run just now come from, under the cards: "From the result store: the run of
 * 6 Dec 2026, 23:40 ..." or "Computed when this app was built (...)" for the shipped launch run.
 */
function CachedNote({ finishedAtMs, origin }: { finishedAtMs: number; origin: 'build' | 'store' }) {
  const { t } = useTranslation();
  const language = useSettingsStore((state) => state.language);
  return (
    <p className="kpi-cached hint" data-testid="kpi-cached" data-origin={origin}>
      {t(origin === 'build' ? 'kpi.shipped' : 'kpi.cached', {
        date: formatDateTime(finishedAtMs, language),
      })}
    </p>
  );
}

export function KpiCards() {
  const { t } = useTranslation();
  const { result, scenario, compareResult } = useShownRunNow();
  const provisional = useLiveFiguresStore((state) => state.provisional);
  const cached = useLiveFiguresStore((state) => state.cached);
  const cards = useMemo(
    () => (result && scenario ? kpiCards(result, scenario) : undefined),
    [result, scenario],
  );
  const cardsB = useMemo(
    () => (compareResult && scenario ? kpiCards(compareResult, scenario) : undefined),
    [compareResult, scenario],
  );
  // A run under way replaces the figures on show: its running mean, or placeholders until its
  // first replication is in (the previous run's figures stay in the run history, for Compare).
  if (provisional?.scenario && provisional.kpis.length > 0)
    return <ProvisionalCards run={provisional} scenario={provisional.scenario} />;
  if (provisional) return <PendingCards total={provisional.total} />;
  if (!cards) return <p className="hint">{t('dashboard.noRun')}</p>;
  return (
    <>
      <div className="kpi-cards" aria-label={t('dashboard.kpis')} role="group">
        {cards.map((card) => (
          <Card key={card.id} card={card} b={cardsB?.find((candidate) => candidate.id === card.id)} />
        ))}
      </div>
      {cached && cached.result === result && (
        <CachedNote finishedAtMs={cached.finishedAtMs} origin={cached.origin} />
      )}
    </>
  );
}

// Results of another scenario than the one loaded are marked, unmistakably: a banner naming both
// scenarios with the way to run the loaded one, and the results dimmed (the dashboard's `stale`
// class). Derived, not stored: stale while the shown run's scenario id differs from the working
// scenario's and no comparison is on.
import { useTranslation } from 'react-i18next';
import { useComparedRuns, useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useShownRun } from '../../state/useRunStore.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useSettingsStore, type Language } from '../../state/useSettingsStore.ts';
import { runWorkingScenario } from '../runner/runController.ts';

function workingName(
  scenario: unknown,
  language: Language,
): { id: string | undefined; name: string | undefined } {
  if (typeof scenario !== 'object' || scenario === null) return { id: undefined, name: undefined };
  const record = scenario as { id?: unknown; name?: unknown };
  const names =
    typeof record.name === 'object' && record.name !== null ? (record.name as Record<string, unknown>) : {};
  const name = names[language] ?? names['en'];
  return {
    id: typeof record.id === 'string' ? record.id : undefined,
    name: typeof name === 'string' ? name : undefined,
  };
}

/** True when the results on show belong to another scenario than the working one. */
export function useResultsStale(): boolean {
  const { scenario: shown } = useShownRun();
  const comparing = useComparedRuns().length > 0;
  const workingId = useScenarioStore((state) => workingName(state.scenario, 'en').id);
  return !comparing && shown !== undefined && workingId !== undefined && workingId !== shown.id;
}

export function StaleResultsBanner() {
  const { t } = useTranslation('results');
  const language = useSettingsStore((state) => state.language);
  const stale = useResultsStale();
  const { scenario: shown } = useShownRun();
  const working = useScenarioStore((state) => workingName(state.scenario, language).name);
  const running = useRunHistoryStore((state) => state.running);
  if (!stale || !shown) return null;
  return (
    <div className="stale-banner" role="status" data-testid="stale-results">
      <span>{t('stale.message', { shown: shown.name[language], loaded: working ?? '?' })}</span>
      <button type="button" disabled={running} onClick={() => void runWorkingScenario()}>
        {t('stale.run')}
      </button>
    </div>
  );
}

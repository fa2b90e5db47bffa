// Compare up to four runs: pick A (the reference) and the variants, name them, see what changed
// and each key figure's difference from A with its 95 % interval over paired replications. The
// dashboard and the map draw B beside A from the same selection.
import { useTranslation } from 'react-i18next';
import { COMPARE_LIMIT, useComparedRuns, useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { compareRuns, endComparison, pickCompareRun } from './compareActions.ts';
import { CompareDeltaTable, SLOT_LETTERS } from './CompareDeltaTable.tsx';
import { CompareRunCard } from './CompareRunCard.tsx';
import { RunFileButtons } from './RunFileButtons.tsx';
import { runDetails, runName } from './runNaming.ts';
import './compare.css';

function RunPicker({ slot }: { slot: number }) {
  const { t } = useTranslation('results');
  const language = useSettingsStore((state) => state.language);
  const runs = useRunHistoryStore((state) => state.runs);
  const picked = useRunHistoryStore((state) => state.compareIds[slot]);
  const letter = SLOT_LETTERS[slot] ?? '?';
  return (
    <label className="field">
      {t(slot === 0 ? 'compareRuns.slotA' : 'compareRuns.slotVariant', { letter })}
      <select
        data-testid={`compare-pick-${letter}`}
        value={picked ?? ''}
        onChange={(event) => pickCompareRun(slot, event.currentTarget.value || undefined)}
      >
        <option value="">{t('compareRuns.none')}</option>
        {runs.map((run) => (
          <option key={run.id} value={run.id}>
            {runName(run, runs, language)} · {runDetails(run, language, t('compareRuns.seed'))}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ComparePanel() {
  const { t } = useTranslation('results');
  const runCount = useRunHistoryStore((state) => state.runs.length);
  const picked = useRunHistoryStore((state) => state.compareIds.length);
  const compared = useComparedRuns();
  const slots = Math.min(COMPARE_LIMIT, Math.max(2, picked + 1), Math.max(2, runCount));
  return (
    <div className="compare-panel">
      <p className="hint">{t('compareRuns.explain')}</p>
      {runCount < 2 && <p className="hint">{t('compareRuns.needTwoRuns')}</p>}
      <div className="compare-pickers">
        {Array.from({ length: slots }, (_, slot) => (
          <RunPicker key={slot} slot={slot} />
        ))}
      </div>
      {compared.map((run, slot) => (
        <CompareRunCard key={run.id} runs={compared} slot={slot} />
      ))}
      {compared.length >= 2 && <CompareDeltaTable runs={compared} />}
      <div className="button-row">
        {compared.length >= 2 && (
          <button type="button" onClick={endComparison}>
            {t('compareRuns.end')}
          </button>
        )}
        {compared.length < 2 && runCount >= 2 && (
          <button
            type="button"
            onClick={() => {
              const { runs } = useRunHistoryStore.getState();
              compareRuns(runs.slice(-2).map((run) => run.id));
            }}
          >
            {t('compareRuns.latestTwo')}
          </button>
        )}
        <RunFileButtons />
      </div>
    </div>
  );
}

// Run simulation, Cancel, the number of replications and the progress of the run in progress.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunHistoryStore } from '../../state/useRunHistoryStore.ts';
import { useValidationStore } from '../../state/useValidationStore.ts';
import { MAX_REPLICATIONS, MIN_REPLICATIONS, useWorkbenchStore } from '../../state/useWorkbenchStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { formatPercent, parseLocaleNumber } from '../../i18n/format.ts';
import { showIssueField } from '../editor/showIssueField.ts';
import { cancelRun, runWorkingScenario } from './runController.ts';

function RunProgressBar() {
  const { t } = useTranslation();
  const progress = useRunHistoryStore((state) => state.progress);
  const language = useSettingsStore((state) => state.language);
  // Always rendered (hidden when idle) so the bar never changes the layout around the map.
  if (!progress) return <div className="run-progress" aria-hidden="true" />;
  return (
    <div className="run-progress">
      <progress aria-label={t('run.progress')} max={1} value={progress.fraction} data-testid="run-progress" />
      <span>
        {formatPercent(progress.fraction, language, 0)} ·{' '}
        {t('run.replicationDay', { replication: progress.replication + 1, day: Math.floor(progress.simDay) })}
      </span>
    </div>
  );
}

export function RunControls() {
  const { t } = useTranslation();
  const running = useRunHistoryStore((state) => state.running);
  const error = useRunHistoryStore((state) => state.error);
  const issueCount = useValidationStore((state) => state.issues.length);
  const replications = useWorkbenchStore((state) => state.replications);
  const setReplications = useWorkbenchStore((state) => state.setReplications);
  const language = useSettingsStore((state) => state.language);
  const [replicationsDraft, setReplicationsDraft] = useState<string | undefined>(undefined);
  const refused = issueCount > 0;
  const draftValue =
    replicationsDraft === undefined ? undefined : parseLocaleNumber(replicationsDraft, language);
  // A count that cannot be used says so (and stays as typed) instead of reverting without a word.
  const draftInvalid =
    replicationsDraft !== undefined &&
    (draftValue === undefined ||
      !Number.isInteger(draftValue) ||
      draftValue < MIN_REPLICATIONS ||
      draftValue > MAX_REPLICATIONS);
  return (
    <section className="run-controls" aria-label={t('run.section')}>
      <label className="field-inline">
        {t('run.replications')}
        <input
          type="text"
          inputMode="numeric"
          value={replicationsDraft ?? String(replications)}
          aria-invalid={draftInvalid}
          disabled={running}
          onChange={(event) => {
            // Keep what is typed (an empty field on the way to "20"); store it once it is a valid count.
            const text = event.currentTarget.value;
            setReplicationsDraft(text);
            const value = parseLocaleNumber(text, language);
            if (
              value !== undefined &&
              Number.isInteger(value) &&
              value >= MIN_REPLICATIONS &&
              value <= MAX_REPLICATIONS
            )
              setReplications(value);
          }}
          onBlur={() => {
            if (!draftInvalid) setReplicationsDraft(undefined);
          }}
          aria-describedby={draftInvalid ? 'replications-hint replications-error' : 'replications-hint'}
        />
      </label>
      <span id="replications-hint" className="hint">
        {t('run.replicationsHint', { min: MIN_REPLICATIONS, max: MAX_REPLICATIONS })}
      </span>
      {draftInvalid && (
        <span id="replications-error" role="alert" className="error-text">
          {t('run.replicationsMessage', {
            min: MIN_REPLICATIONS,
            max: MAX_REPLICATIONS,
            typed: replicationsDraft,
          })}
        </span>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => void runWorkingScenario()}
        disabled={running || refused}
      >
        {t('run.run')}
      </button>
      <button type="button" onClick={cancelRun} disabled={!running}>
        {t('run.cancel')}
      </button>
      {refused && (
        <span role="status" className="error-text" data-testid="run-refused">
          {t('run.refused.invalid', { count: issueCount })}{' '}
          <button type="button" className="link" onClick={() => showIssueField()}>
            {t('run.showProblem')}
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="error-text">
          {t('run.failed', { reason: error })}
        </span>
      )}
      <RunProgressBar />
    </section>
  );
}

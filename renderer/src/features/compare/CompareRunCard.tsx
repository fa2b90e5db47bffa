// One run of the comparison: its slot letter, the name the planner can edit (the automatic one
// as the placeholder), its details, a note, and for a variant what changed from A and how its
// replications pair with A's.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunHistoryStore, type RunRecord } from '../../state/useRunHistoryStore.ts';
import { useSettingsStore } from '../../state/useSettingsStore.ts';
import { pairing } from './pairedDifference.ts';
import { rerunWithSeedsOfA } from './rerunPaired.ts';
import { runDetails, runName } from './runNaming.ts';
import { describeChange, scenarioDiff } from './scenarioDiff.ts';
import { SLOT_LETTERS } from './CompareDeltaTable.tsx';

/** Changes listed before "and n more". */
const LISTED_CHANGES = 12;

function WhatChanged({ a, run, letter }: { a: RunRecord; run: RunRecord; letter: string }) {
  const { t } = useTranslation('results');
  const changes = useMemo(() => scenarioDiff(a.scenario, run.scenario), [a, run]);
  const words = { added: t('compareRuns.added'), removed: t('compareRuns.removed') };
  return (
    <div className="what-changed" data-testid={`what-changed-${letter}`}>
      <h4>{t('compareRuns.whatChanged', { letter })}</h4>
      {changes.length === 0 ? (
        <p className="hint">{a.seed === run.seed ? t('compareRuns.noChange') : t('compareRuns.onlySeed')}</p>
      ) : (
        <ul>
          {changes.slice(0, LISTED_CHANGES).map((change) => (
            <li key={change.path}>{describeChange(change, words)}</li>
          ))}
          {changes.length > LISTED_CHANGES && (
            <li>{t('compareRuns.moreChanges', { count: changes.length - LISTED_CHANGES })}</li>
          )}
        </ul>
      )}
    </div>
  );
}

function PairingNote({ a, run, slot }: { a: RunRecord; run: RunRecord; slot: number }) {
  const { t } = useTranslation('results');
  const running = useRunHistoryStore((state) => state.running);
  const { state, pairs } = pairing(a.result, run.result);
  if (state === 'paired') return <p className="pairing-note">{t('compareRuns.paired', { count: pairs })}</p>;
  return (
    <p className="pairing-note warn" data-testid={`pairing-${SLOT_LETTERS[slot]}`}>
      {t(state === 'seedsDiffer' ? 'compareRuns.seedsDiffer' : 'compareRuns.tooFew')}{' '}
      <button type="button" disabled={running} onClick={() => void rerunWithSeedsOfA(slot)}>
        {t('compareRuns.rerunPaired', { count: Math.max(2, a.replications) })}
      </button>
    </p>
  );
}

export function CompareRunCard({ runs, slot }: { runs: RunRecord[]; slot: number }) {
  const { t } = useTranslation('results');
  const language = useSettingsStore((state) => state.language);
  const history = useRunHistoryStore((state) => state.runs);
  const run = runs[slot];
  const a = runs[0];
  if (!run || !a) return null;
  const letter = SLOT_LETTERS[slot] ?? '?';
  return (
    <section className="compare-run" data-testid={`compare-run-${letter}`} aria-label={letter}>
      <label className="field">
        {t('compareRuns.nameOf', { letter })}
        <input
          type="text"
          value={run.name ?? ''}
          placeholder={runName({ ...run, name: undefined }, history, language)}
          onChange={(event) => useRunHistoryStore.getState().renameRun(run.id, event.currentTarget.value)}
        />
      </label>
      <p className="hint run-details">{runDetails(run, language, t('compareRuns.seed'))}</p>
      <label className="field">
        {t('compareRuns.note')}
        <textarea
          rows={2}
          value={run.note}
          onChange={(event) => useRunHistoryStore.getState().setRunNote(run.id, event.currentTarget.value)}
        />
      </label>
      {slot > 0 && <WhatChanged a={a} run={run} letter={letter} />}
      {slot > 0 && <PairingNote a={a} run={run} slot={slot} />}
    </section>
  );
}

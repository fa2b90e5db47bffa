// What a run is called: the planner's name when given, else its scenario's name and, where other
// runs share that scenario name, what changed from the first of them, so two runs never read
// alike. The seed, replications and finishing time follow as the run's details.
import { formatClockTime } from '../../i18n/format.ts';
import type { RunRecord } from '../../state/useRunHistoryStore.ts';
import type { Language } from '../../state/useSettingsStore.ts';
import { scenarioDiff } from './scenarioDiff.ts';

/** Changes named in an automatic run name before "+n". */
const NAMED_CHANGES = 2;

/** The run's name: its own, else scenario name + what differs from the earliest run of that name. */
export function runName(run: RunRecord, runs: readonly RunRecord[], language: Language): string {
  if (run.name) return run.name;
  const base = run.scenarioName[language];
  const first = runs.find((other) => other.scenarioName[language] === base);
  if (!first || first.id === run.id) return base;
  const changes = scenarioDiff(first.scenario, run.scenario);
  if (changes.length === 0) {
    if (first.seed !== run.seed) return `${base} · seed ${run.seed}`;
    if (first.replications !== run.replications) return `${base} · ×${run.replications}`;
    return base;
  }
  const named = changes
    .slice(0, NAMED_CHANGES)
    .map((change) => `${change.path.split(' › ').slice(-2).join(' ')} ${change.b ?? '–'}`);
  const more = changes.length > NAMED_CHANGES ? ` +${changes.length - NAMED_CHANGES}` : '';
  return `${base} · ${named.join(', ')}${more}`;
}

/** "seed 20250101 · ×10 · 14:02" */
export function runDetails(run: RunRecord, language: Language, seedWord: string): string {
  return `${seedWord} ${run.seed} · ×${run.replications} · ${formatClockTime(run.finishedAtMs, language)}`;
}

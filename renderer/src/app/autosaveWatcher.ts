// Writes the working scenario to the autosave after every change, and once more when the page
// is hidden or closed (so a reload right after an edit keeps it).
import { createAutosaver } from '../platform/autosave.ts';
import { useScenarioStore } from '../state/useScenarioStore.ts';

/** Starts autosaving; returns a stop function. */
export function startAutosaveWatcher(): () => void {
  const autosaver = createAutosaver();
  const unsubscribe = useScenarioStore.subscribe((state, previous) => {
    if (
      state.scenario === previous.scenario &&
      state.dirty === previous.dirty &&
      state.source === previous.source
    )
      return;
    if (state.scenario === undefined) return;
    autosaver.schedule({
      scenario: state.scenario,
      source: state.source,
      dirty: state.dirty,
      savedAtMs: Date.now(),
    });
  });
  const flush = () => autosaver.flush();
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', flush);
  };
}

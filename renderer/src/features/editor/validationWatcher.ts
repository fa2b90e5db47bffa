// Validates the working scenario in the worker after each edit (debounced), so every field can
// show its message. Runs outside React: it subscribes to the scenario store.
import { getSimClient } from '../../sim-client/simClient.ts';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useValidationStore } from '../../state/useValidationStore.ts';

/** Wait after the last edit before validating, ms (typing stays smooth). */
export const VALIDATION_DEBOUNCE_MS = 250;

async function validate(scenario: unknown): Promise<void> {
  const store = useValidationStore.getState();
  store.setChecking(scenario);
  try {
    const outcome = await getSimClient().validateScenario(scenario);
    // A newer edit may have been made meanwhile: only the latest scenario's verdict counts.
    if (useScenarioStore.getState().scenario !== scenario) return;
    if (outcome.ok) store.setOutcome(scenario, [], outcome.warnings);
    else store.setOutcome(scenario, outcome.issues, []);
  } catch (error) {
    store.setUnavailable(scenario, error instanceof Error ? error.message : String(error));
  }
}

/** Starts validating on every change of the working scenario; returns a stop function. */
export function startValidationWatcher(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (scenario: unknown) => {
    if (timer !== undefined) clearTimeout(timer);
    if (scenario === undefined) return;
    timer = setTimeout(() => void validate(scenario), VALIDATION_DEBOUNCE_MS);
  };
  schedule(useScenarioStore.getState().scenario);
  const unsubscribe = useScenarioStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario) schedule(state.scenario);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}

// A warm launch for end-to-end tests that are not about the start-up run: the browser's storage
// as the app leaves it after its first launch, with the baseline's result in the launch cache
// (IndexedDB, keyed by engine build, scenario hash, seed and replications). A page opened with it
// shows that result at once, as the app does for anyone on a second launch, instead of running
// the baseline again (several seconds under software WebGL, in each such test).
//
// tests/e2e/warmLaunch.setup.ts makes the file from the current build at the start of every
// Playwright run (the `warm-launch` project the tests depend on), so it can never be stale. Tests of
// the start-up run itself (the first launch, the launch cache) start cold, without it.
/**
 * A storage state as `context.storageState({ indexedDB: true })` gives it (Playwright's type leaves
 * out the IndexedDB part): databases, their stores and each store's records.
 */
export interface StorageState {
  cookies: unknown[];
  origins: {
    origin: string;
    localStorage: unknown[];
    indexedDB?: { name: string; stores: { name: string; records: unknown[] }[] }[];
  }[];
}

/** Where the setup leaves the storage state (under Playwright's output folder, emptied each run). */
export const WARM_LAUNCH_STATE = 'test-results/warm-launch-state.json';

/**
 * Only the launch cache of a storage state: no run history (a test would see a run it did not
 * make), no local storage (settings, the autosaved scenario) and no other database.
 */
export function launchCacheOnly(state: StorageState): StorageState {
  return {
    cookies: [],
    origins: state.origins.map((origin) => ({
      origin: origin.origin,
      localStorage: [],
      indexedDB: (origin.indexedDB ?? [])
        .filter((database) => database.name === 'scoda-runs')
        .map((database) => ({
          ...database,
          stores: database.stores.map((store) =>
            store.name === 'cache' ? store : { ...store, records: [] },
          ),
        })),
    })),
  };
}

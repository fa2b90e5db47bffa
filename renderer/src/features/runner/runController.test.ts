// Cancel while a run is still being prepared (the shipped-run and cache look-ups, validation in the
// long-lived worker): the run must stop there, start no worker and leave the previous result on
// show, as Cancel of a started run does. Before, Cancel found no worker to stop and was ignored.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunResult, Scenario } from '../../../../sim-core/src/api/types.ts';
import type * as SimClientModule from '../../sim-client/simClient.ts';

/** A promise and the function that settles it, so a test decides when a step of the run ends. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  return { promise, resolve, reject };
}

const client = vi.hoisted(() => ({
  validation: undefined as unknown as Promise<unknown>,
  startRun: vi.fn(),
  runCancel: vi.fn(),
}));
const cache = vi.hoisted(() => ({
  key: undefined as unknown as Promise<{ key: string; scenarioHash: string }>,
  keyOf: vi.fn(),
}));

vi.mock('../../sim-client/simClient.ts', async (importOriginal) => {
  const original = await importOriginal<typeof SimClientModule>();
  return {
    cancelledError: original.cancelledError,
    isRunCancelled: original.isRunCancelled,
    getSimClient: () => ({ validateScenario: () => client.validation }),
    startRun: client.startRun,
  };
});
vi.mock('./resultCache.ts', () => ({
  cacheKeyOf: () => {
    cache.keyOf();
    return cache.key;
  },
  cachedRun: async () => undefined,
  rememberRun: () => undefined,
  shippedRun: async () => undefined,
  shippedRunOfInput: async () => undefined,
}));

const { cancelRun, runScenarioInput } = await import('./runController.ts');
const { cancelledError } = await import('../../sim-client/simClient.ts');
const { useRunHistoryStore } = await import('../../state/useRunHistoryStore.ts');
const { useRunStore } = await import('../../state/useRunStore.ts');
const { useScenarioStore } = await import('../../state/useScenarioStore.ts');
const { useLiveFiguresStore } = await import('../../state/useLiveFiguresStore.ts');
const { useWorkbenchStore } = await import('../../state/useWorkbenchStore.ts');

const scenario = { name: 'test', seed: 3 } as unknown as Scenario;
const KEY = { key: 'key', scenarioHash: 'a'.repeat(64) };
const previousResult = { provenance: { scenarioId: 'previous' } } as unknown as RunResult;

/**
 * A started run that ends when the test says; its cancel() rejects the result with the
 * cancellation error, as the pool's handle does.
 */
function startedRun(cancelledError: () => Error): { finish(result: RunResult): void } {
  const outcome = deferred<RunResult>();
  client.runCancel.mockImplementationOnce(() => outcome.reject(cancelledError()));
  client.startRun.mockReturnValueOnce({ result: outcome.promise, cancel: client.runCancel });
  return { finish: outcome.resolve };
}

describe('Cancel during a run', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    useScenarioStore.setState({ scenario });
    useRunStore.getState().setRun(scenario, previousResult);
    useRunHistoryStore.setState({ running: false });
    useWorkbenchStore.getState().showNotice(undefined);
  });

  it('pressed while the scenario is being validated stops the run before any worker starts', async () => {
    const validation = deferred<unknown>();
    client.validation = validation.promise;
    cache.key = Promise.resolve(KEY);
    const run = runScenarioInput(scenario, { replications: 3, showWhenDone: true });
    expect(useRunHistoryStore.getState().running).toBe(true);
    cancelRun();
    validation.resolve({ ok: true, scenario });
    await expect(run).resolves.toBeUndefined();
    expect(client.startRun).not.toHaveBeenCalled();
    expect(useRunHistoryStore.getState().running).toBe(false);
    expect(useRunHistoryStore.getState().error).toBeUndefined();
    expect(useRunStore.getState().result).toBe(previousResult);
    expect(useLiveFiguresStore.getState().provisional).toBeUndefined();
    // A cancelled run is not an invalid scenario: no notice says it was refused.
    expect(useWorkbenchStore.getState().notice).toBeUndefined();
  });

  it('pressed while the result store is looked up stops it too', async () => {
    client.validation = Promise.resolve({ ok: true, scenario });
    const key = deferred<{ key: string; scenarioHash: string }>();
    cache.key = key.promise;
    const run = runScenarioInput(scenario, { replications: 3, showWhenDone: true, fromCache: true });
    await vi.waitFor(() => expect(cache.keyOf).toHaveBeenCalledOnce());
    cancelRun();
    key.resolve(KEY);
    await expect(run).resolves.toBeUndefined();
    expect(client.startRun).not.toHaveBeenCalled();
    expect(useRunStore.getState().result).toBe(previousResult);
  });

  it('does not reach the next run: a run started after a cancelled one goes to its end', async () => {
    cache.key = Promise.resolve(KEY);
    const pending = deferred<unknown>();
    client.validation = pending.promise;
    const first = runScenarioInput(scenario, { replications: 1, showWhenDone: true });
    cancelRun();
    pending.resolve({ ok: true, scenario });
    await first;

    client.validation = Promise.resolve({ ok: true, scenario });
    const started = startedRun(cancelledError);
    const second = runScenarioInput(scenario, { replications: 1, showWhenDone: true });
    await vi.waitFor(() => expect(client.startRun).toHaveBeenCalledOnce());
    // The workers get the scenario's hash with it, so none hashes it again per replication.
    expect(client.startRun).toHaveBeenCalledWith(
      scenario,
      expect.objectContaining({ scenarioHash: KEY.scenarioHash }),
    );
    const fresh = { provenance: { scenarioId: 'fresh' } } as unknown as RunResult;
    started.finish(fresh);
    await expect(second).resolves.toMatchObject({ result: fresh });
    expect(useRunStore.getState().result).toBe(fresh);
  });

  it('pressed once the run has started stops its workers', async () => {
    client.validation = Promise.resolve({ ok: true, scenario });
    cache.key = Promise.resolve(KEY);
    startedRun(cancelledError);
    const run = runScenarioInput(scenario, { replications: 2, showWhenDone: true });
    await vi.waitFor(() => expect(client.startRun).toHaveBeenCalledOnce());
    cancelRun();
    expect(client.runCancel).toHaveBeenCalledOnce();
    await expect(run).resolves.toBeUndefined();
    expect(useRunHistoryStore.getState().running).toBe(false);
    expect(useRunHistoryStore.getState().error).toBeUndefined();
    expect(useRunStore.getState().result).toBe(previousResult);
  });
});

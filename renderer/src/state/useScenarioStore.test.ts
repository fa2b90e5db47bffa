import { beforeEach, describe, expect, it } from 'vitest';
import { COALESCE_MS, HISTORY_LIMIT, useScenarioStore } from './useScenarioStore.ts';

const scenario = {
  id: 'baseline-2025',
  services: [{ id: 'almaty', timetable: { departuresPerWeek: 3 }, capacity: { teu: 100 } }],
  corridors: [{ id: 'central-asia', growthPerYear: 0.1 }],
};

function departures(): unknown {
  const state = useScenarioStore.getState().scenario as typeof scenario;
  return state.services[0]?.timetable.departuresPerWeek;
}

describe('the scenario history (undo and redo)', () => {
  beforeEach(() => useScenarioStore.getState().load(scenario, { kind: 'builtin', id: 'baseline-2025' }));

  it('undoes an edit and redoes it', () => {
    const store = useScenarioStore.getState();
    store.edit(['services', 0, 'timetable', 'departuresPerWeek'], 5, 0);
    expect(departures()).toBe(5);
    useScenarioStore.getState().undo();
    expect(departures()).toBe(3);
    useScenarioStore.getState().redo();
    expect(departures()).toBe(5);
  });

  it('never mutates the loaded scenario (snapshots share what did not change)', () => {
    useScenarioStore.getState().edit(['services', 0, 'capacity', 'teu'], 120, 0);
    expect(scenario.services[0]?.capacity.teu).toBe(100);
    const edited = useScenarioStore.getState().scenario as typeof scenario;
    expect(edited.corridors).toBe(scenario.corridors);
  });

  it('makes typing in one field a single undo step, but separate fields separate steps', () => {
    const { edit } = useScenarioStore.getState();
    edit(['services', 0, 'timetable', 'departuresPerWeek'], 1, 1000);
    edit(['services', 0, 'timetable', 'departuresPerWeek'], 12, 1000 + COALESCE_MS / 2);
    edit(['corridors', 0, 'growthPerYear'], 0.2, 1000 + COALESCE_MS);
    expect(useScenarioStore.getState().past).toHaveLength(2);
    useScenarioStore.getState().undo();
    useScenarioStore.getState().undo();
    expect(departures()).toBe(3);
  });

  it('forgets the redo branch after a new edit', () => {
    const { edit } = useScenarioStore.getState();
    edit(['services', 0, 'timetable', 'departuresPerWeek'], 5, 0);
    useScenarioStore.getState().undo();
    useScenarioStore.getState().edit(['services', 0, 'timetable', 'departuresPerWeek'], 7, 5000);
    expect(useScenarioStore.getState().future).toEqual([]);
    useScenarioStore.getState().redo();
    expect(departures()).toBe(7);
  });

  it('marks the scenario unsaved after an edit and clean after a save', () => {
    expect(useScenarioStore.getState().dirty).toBe(false);
    useScenarioStore.getState().edit(['corridors', 0, 'growthPerYear'], 0.3, 0);
    expect(useScenarioStore.getState().dirty).toBe(true);
    useScenarioStore.getState().markSaved({ kind: 'file', fileName: 'mine.scoda.json' });
    expect(useScenarioStore.getState()).toMatchObject({
      dirty: false,
      source: { kind: 'file', fileName: 'mine.scoda.json' },
    });
  });

  it('keeps at most HISTORY_LIMIT snapshots', () => {
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      useScenarioStore.getState().edit(['corridors', 0, 'growthPerYear'], i / 1000, i * 10 * COALESCE_MS);
    expect(useScenarioStore.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('does nothing on undo with no history', () => {
    useScenarioStore.getState().undo();
    expect(useScenarioStore.getState().scenario).toBe(scenario);
    expect(useScenarioStore.getState().dirty).toBe(false);
  });
});

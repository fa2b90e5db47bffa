// The working scenario (the JSON the planner edits) with its undo/redo history and dirty flag.
// History entries are whole snapshots; edits copy only the changed branch (scenarioPath.setAt), so
// a snapshot costs a few objects, not a copy of the scenario.
import { create } from 'zustand';
import type { ScenarioSource } from '../platform/scenarioFiles.ts';
import { formatJsonPath, setAt, type JsonPath } from './scenarioPath.ts';

export type { ScenarioSource };

/** Most snapshots kept for undo. */
export const HISTORY_LIMIT = 200;
/** Edits of one field closer together than this are one undo step (typing "120" is one edit). */
export const COALESCE_MS = 1000;

export interface ScenarioState {
  /** The scenario JSON as the user edits it (a ScenarioInput when valid). */
  scenario: unknown;
  source: ScenarioSource;
  /** True when the scenario differs from what was loaded or last saved. */
  dirty: boolean;
  past: unknown[];
  future: unknown[];
  /** The path and time of the last edit, for coalescing keystrokes. */
  lastEdit: { path: string; atMs: number } | undefined;
  /** Replaces the working scenario and forgets the history (open, new, built-in, restore). */
  load(scenario: unknown, source: ScenarioSource, options?: { dirty?: boolean }): void;
  /** Sets one value; undoable. */
  edit(path: JsonPath, value: unknown, nowMs?: number): void;
  /** Replaces the whole scenario (the raw JSON view); undoable. */
  replace(scenario: unknown): void;
  undo(): void;
  redo(): void;
  /** After a save: clean, and the scenario now belongs to `source`. */
  markSaved(source?: ScenarioSource): void;
}

function pushPast(past: unknown[], snapshot: unknown): unknown[] {
  const next = [...past, snapshot];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

export const useScenarioStore = create<ScenarioState>()((set, get) => ({
  scenario: undefined,
  source: { kind: 'untitled' },
  dirty: false,
  past: [],
  future: [],
  lastEdit: undefined,
  load: (scenario, source, options) =>
    set({ scenario, source, dirty: options?.dirty ?? false, past: [], future: [], lastEdit: undefined }),
  edit: (path, value, nowMs = Date.now()) => {
    const { scenario, past, lastEdit } = get();
    const key = formatJsonPath(path);
    const coalesce = lastEdit !== undefined && lastEdit.path === key && nowMs - lastEdit.atMs < COALESCE_MS;
    set({
      scenario: setAt(scenario, path, value),
      past: coalesce ? past : pushPast(past, scenario),
      future: [],
      dirty: true,
      lastEdit: { path: key, atMs: nowMs },
    });
  },
  replace: (next) => {
    const { scenario, past } = get();
    set({ scenario: next, past: pushPast(past, scenario), future: [], dirty: true, lastEdit: undefined });
  },
  undo: () => {
    const { scenario, past, future } = get();
    const previous = past.at(-1);
    if (past.length === 0) return;
    set({
      scenario: previous,
      past: past.slice(0, -1),
      future: [scenario, ...future],
      dirty: true,
      lastEdit: undefined,
    });
  },
  redo: () => {
    const { scenario, past, future } = get();
    const [next, ...rest] = future;
    if (future.length === 0) return;
    set({ scenario: next, past: pushPast(past, scenario), future: rest, dirty: true, lastEdit: undefined });
  },
  markSaved: (source) => set((state) => ({ dirty: false, source: source ?? state.source })),
}));

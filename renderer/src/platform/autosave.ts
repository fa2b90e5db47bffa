// Keeps the working scenario safe: a debounced copy in localStorage (restored on reload, in the
// browser and the desktop app alike) and, in the desktop app, a throttled snapshot to the main
// process (restored after a renderer crash or an unclean quit).
import type { ScenarioSource } from './scenarioFiles.ts';
import { desktopBridge } from './platform.ts';

export const AUTOSAVE_KEY = 'scoda-workbench-autosave';
/** Wait after the last edit before writing localStorage, ms. */
export const AUTOSAVE_DEBOUNCE_MS = 500;
/** At most one snapshot to the desktop main process this often, ms (main also throttles). */
export const DESKTOP_AUTOSAVE_INTERVAL_MS = 3000;

/** What the autosave stores. */
export interface AutosaveRecord {
  version: 1;
  scenario: unknown;
  source: ScenarioSource;
  dirty: boolean;
  savedAtMs: number;
}

function isSource(value: unknown): value is ScenarioSource {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'builtin' || kind === 'file' || kind === 'untitled';
}

/** The stored working scenario, or undefined when none (or the stored text is unreadable). */
export function readAutosave(storage: Storage = localStorage): AutosaveRecord | undefined {
  let parsed: unknown;
  try {
    const text = storage.getItem(AUTOSAVE_KEY);
    if (text === null) return undefined;
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const record = parsed as Partial<AutosaveRecord> | null;
  if (record?.version !== 1 || record.scenario === undefined || !isSource(record.source)) return undefined;
  return {
    version: 1,
    scenario: record.scenario,
    source: record.source,
    dirty: record.dirty === true,
    savedAtMs: typeof record.savedAtMs === 'number' ? record.savedAtMs : 0,
  };
}

/** Writes the working scenario now. Quota errors are reported, not thrown. */
export function writeAutosave(
  record: Omit<AutosaveRecord, 'version'>,
  storage: Storage = localStorage,
): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ version: 1, ...record }));
    return true;
  } catch {
    return false;
  }
}

export function clearAutosave(storage: Storage = localStorage): void {
  storage.removeItem(AUTOSAVE_KEY);
}

/** A debounced local writer plus a throttled desktop writer; `flush` writes a pending one now. */
export function createAutosaver(storage: Storage = localStorage) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Omit<AutosaveRecord, 'version'> | undefined;
  let lastDesktopMs = -Infinity;
  let desktopTimer: ReturnType<typeof setTimeout> | undefined;

  const sendToDesktop = (record: Omit<AutosaveRecord, 'version'>) => {
    const desktop = desktopBridge();
    if (!desktop) return;
    const wait = lastDesktopMs + DESKTOP_AUTOSAVE_INTERVAL_MS - Date.now();
    if (desktopTimer !== undefined) clearTimeout(desktopTimer);
    desktopTimer = setTimeout(
      () => {
        lastDesktopMs = Date.now();
        void desktop.autosave({ scenario: record.scenario, dirty: record.dirty });
      },
      Math.max(0, wait),
    );
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (pending) writeAutosave(pending, storage);
    pending = undefined;
  };
  return {
    schedule(record: Omit<AutosaveRecord, 'version'>) {
      pending = record;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DEBOUNCE_MS);
      sendToDesktop(record);
    },
    flush,
  };
}

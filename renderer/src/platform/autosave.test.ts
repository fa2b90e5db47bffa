import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_DEBOUNCE_MS,
  AUTOSAVE_KEY,
  clearAutosave,
  createAutosaver,
  readAutosave,
  writeAutosave,
} from './autosave.ts';

const edited = { id: 'baseline-2025', corridors: [{ id: 'central-asia', growthPerYear: 0.25 }] };

describe('autosave', () => {
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('restores the working scenario, its source and unsaved flag after a reload', () => {
    writeAutosave({
      scenario: edited,
      source: { kind: 'builtin', id: 'baseline-2025' },
      dirty: true,
      savedAtMs: 5,
    });
    expect(readAutosave()).toEqual({
      version: 1,
      scenario: edited,
      source: { kind: 'builtin', id: 'baseline-2025' },
      dirty: true,
      savedAtMs: 5,
    });
  });

  it('writes once after a burst of edits (debounced), with the latest edit', () => {
    vi.useFakeTimers();
    const autosaver = createAutosaver();
    for (let i = 1; i <= 5; i++)
      autosaver.schedule({
        scenario: { ...edited, step: i },
        source: { kind: 'untitled' },
        dirty: true,
        savedAtMs: i,
      });
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS);
    expect(readAutosave()?.scenario).toEqual({ ...edited, step: 5 });
  });

  it('writes a pending edit at once on flush (the page is being closed)', () => {
    const autosaver = createAutosaver();
    autosaver.schedule({ scenario: edited, source: { kind: 'untitled' }, dirty: true, savedAtMs: 1 });
    autosaver.flush();
    expect(readAutosave()?.scenario).toEqual(edited);
  });

  it('ignores an unreadable or foreign autosave instead of failing to start', () => {
    localStorage.setItem(AUTOSAVE_KEY, '{not json');
    expect(readAutosave()).toBeUndefined();
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ version: 99, scenario: {} }));
    expect(readAutosave()).toBeUndefined();
  });

  it('forgets the autosave when the user discards the edit', () => {
    writeAutosave({ scenario: edited, source: { kind: 'untitled' }, dirty: true, savedAtMs: 1 });
    clearAutosave();
    expect(readAutosave()).toBeUndefined();
  });
});

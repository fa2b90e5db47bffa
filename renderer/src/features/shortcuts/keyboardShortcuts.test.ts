import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useScenarioStore } from '../../state/useScenarioStore.ts';
import { useWorkbenchStore } from '../../state/useWorkbenchStore.ts';

const playback = vi.hoisted(() => ({
  play: vi.fn(),
  pause: vi.fn(),
  toggle: vi.fn(),
  stepDays: vi.fn(),
  setHours: vi.fn(),
  setSpeed: vi.fn(),
}));
vi.mock('../../state/mapBridge.ts', () => ({ timeline: () => playback }));

const { shortcutAction } = await import('./keyboardShortcuts.ts');
type KeyLike = Parameters<typeof shortcutAction>[0];

function press(key: string, options: Partial<KeyLike> = {}): (() => void) | undefined {
  return shortcutAction({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    target: document.body,
    ...options,
  });
}

describe('keyboard shortcuts', () => {
  beforeEach(() => {
    useWorkbenchStore.setState({ shortcutsOpen: false, presentation: false });
    useScenarioStore.getState().load({ growth: 1 }, { kind: 'untitled' });
  });

  it('plays and pauses with space, steps a day with the arrows and a week with shift', () => {
    vi.clearAllMocks();
    press(' ')?.();
    press('ArrowRight')?.();
    press('ArrowLeft', { shiftKey: true })?.();
    expect(playback.toggle).toHaveBeenCalledOnce();
    expect(playback.stepDays.mock.calls).toEqual([[1], [-7]]);
  });

  it('leaves playback keys to the user while typing in a field', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(press(' ', { target: input })).toBeUndefined();
    expect(press('ArrowRight', { target: input })).toBeUndefined();
    expect(press('?', { target: input })).toBeUndefined();
    input.remove();
  });

  it('opens the shortcuts list with ? and closes it with Esc', () => {
    press('?')?.();
    expect(useWorkbenchStore.getState().shortcutsOpen).toBe(true);
    press('Escape')?.();
    expect(useWorkbenchStore.getState().shortcutsOpen).toBe(false);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', () => {
    useScenarioStore.getState().edit(['growth'], 2, 0);
    press('z', { ctrlKey: true })?.();
    expect(useScenarioStore.getState().scenario).toEqual({ growth: 1 });
    press('Z', { ctrlKey: true, shiftKey: true })?.();
    expect(useScenarioStore.getState().scenario).toEqual({ growth: 2 });
    press('z', { ctrlKey: true })?.();
    press('y', { ctrlKey: true })?.();
    expect(useScenarioStore.getState().scenario).toEqual({ growth: 2 });
  });

  it('enters presentation mode with P (not while typing) and leaves it with Esc', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(press('p', { target: input })).toBeUndefined();
    input.remove();
    press('p')?.();
    expect(useWorkbenchStore.getState().presentation).toBe(true);
    press('Escape')?.();
    expect(useWorkbenchStore.getState().presentation).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, LaunchState } from '../../../electron/shared/desktopApi.ts';
import type { MenuCommand } from '../../../electron/shared/menuCommands.ts';
import { useScenarioStore } from '../state/useScenarioStore.ts';

const handled = vi.hoisted(() => [] as string[]);
vi.mock('./menuCommandHandlers.ts', () => ({
  handleMenuCommand: (command: string) => handled.push(command),
}));

const { connectDesktop } = await import('./connectDesktop.ts');

function fakeDesktop(launch: LaunchState) {
  const calls: string[] = [];
  let menuListener: ((command: MenuCommand) => void) | undefined;
  const desktop = {
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      calls.push('onMenuCommand');
      menuListener = listener;
      return () => undefined;
    },
    onScenarioOpened: () => {
      calls.push('onScenarioOpened');
      return () => undefined;
    },
    signalReady: async () => {
      calls.push('signalReady');
      return launch;
    },
    setMenuState: vi.fn(async () => undefined),
    setDocumentState: vi.fn(async () => undefined),
  };
  return { desktop, calls, sendMenu: (command: MenuCommand) => menuListener?.(command) };
}

describe('the desktop bridge at start-up', () => {
  afterEach(() => {
    delete window.desktop;
  });

  it('listens for menu commands and opened files before it signals ready, and hands back the launch state', async () => {
    const launch: LaunchState = { openedFile: null, recovered: null };
    const fake = fakeDesktop(launch);
    window.desktop = fake.desktop as unknown as DesktopApi;
    expect(await connectDesktop()).toBe(launch);
    expect(fake.calls).toEqual(['onMenuCommand', 'onScenarioOpened', 'signalReady']);
    fake.sendMenu('simulation.run');
    expect(handled).toEqual(['simulation.run']);
    expect(fake.desktop.setMenuState).toHaveBeenCalledWith(
      expect.objectContaining({ simulationRunning: false, language: 'en' }),
    );
  });

  it('tells the window its title and unsaved state when the scenario changes', async () => {
    const fake = fakeDesktop({ openedFile: null, recovered: null });
    window.desktop = fake.desktop as unknown as DesktopApi;
    await connectDesktop();
    useScenarioStore
      .getState()
      .load(
        { id: 'baseline-2025', name: { en: 'Baseline 2025', zh: '2025年基准', ru: 'База 2025 года' } },
        { kind: 'untitled' },
      );
    useScenarioStore.getState().edit(['durationDays'], 30);
    expect(fake.desktop.setDocumentState).toHaveBeenLastCalledWith({
      scenarioName: 'Baseline 2025',
      dirty: true,
    });
    expect(document.title).toBe('● Baseline 2025 — SCODA Corridor Simulator');
  });

  it('returns nothing in the browser, where there is no bridge', async () => {
    expect(await connectDesktop()).toBeUndefined();
  });
});

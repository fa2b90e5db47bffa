import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES, MENU_COMMANDS, isMenuCommand } from '../../shared/menuCommands.ts';
import {
  buildMenuTemplate,
  recentFileLabel,
  type MenuActions,
  type MenuTemplateState,
} from './buildMenuTemplate.ts';
import { MENU_LABELS } from './menuLabels.ts';

const baseState: MenuTemplateState = {
  simulationRunning: false,
  hasResults: false,
  presentation: false,
  language: 'en',
  platform: 'linux',
  recentFiles: [],
  devTools: false,
};

function allItems(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function spyActions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
  } satisfies MenuActions;
}

const click = (item: MenuItemConstructorOptions | undefined): void => {
  (item?.click as (() => void) | undefined)?.();
};

describe('the application menu', () => {
  it('has File, Edit, View, Simulation and Help', () => {
    expect(buildMenuTemplate(baseState, spyActions()).map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Simulation',
      'Help',
    ]);
  });

  it('sends only commands from the shared list, and every command in the list has an item', () => {
    const actions = spyActions();
    const items = allItems(buildMenuTemplate({ ...baseState, hasResults: true }, actions));
    const commandItems = items.filter((item) => item.id && !item.id.startsWith('recent:'));
    for (const item of commandItems) {
      expect(isMenuCommand(item.id), `${item.id} is in MENU_COMMANDS`).toBe(true);
      click(item);
      expect(actions.command).toHaveBeenLastCalledWith(item.id);
    }
    expect(new Set(commandItems.map((item) => item.id))).toEqual(new Set(MENU_COMMANDS));
  });

  it('gives each command its CmdOrCtrl shortcut, and no two items the same one', () => {
    const items = allItems(buildMenuTemplate(baseState, spyActions()));
    const byId = new Map(items.map((item) => [item.id, item.accelerator]));
    expect(byId.get('file.open')).toBe('CmdOrCtrl+O');
    expect(byId.get('file.save')).toBe('CmdOrCtrl+S');
    expect(byId.get('file.saveAs')).toBe('CmdOrCtrl+Shift+S');
    expect(byId.get('simulation.run')).toBe('CmdOrCtrl+Enter');
    const accelerators = items.map((item) => item.accelerator).filter((key): key is string => Boolean(key));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    // Electron ignores an accelerator it cannot parse, silently: check the grammar here.
    const grammar = /^((CmdOrCtrl|Ctrl|Shift|Alt)\+)*([A-Z0-9]|F\d{1,2}|Enter|Escape|Plus|[.,;'/[\]\\`-])$/;
    for (const key of accelerators) expect(key, key).toMatch(grammar);
  });

  it('keeps undo and redo as Chromium roles', () => {
    const roles = allItems(buildMenuTemplate(baseState, spyActions())).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('enables Run, Cancel, Compare and Export by the simulation state', () => {
    const idle = new Map(
      allItems(buildMenuTemplate(baseState, spyActions())).map((item) => [item.id, item.enabled]),
    );
    expect([idle.get('simulation.run'), idle.get('simulation.cancel'), idle.get('file.exportCsv')]).toEqual([
      true,
      false,
      false,
    ]);
    const running = new Map(
      allItems(
        buildMenuTemplate({ ...baseState, simulationRunning: true, hasResults: true }, spyActions()),
      ).map((item) => [item.id, item.enabled]),
    );
    expect([
      running.get('simulation.run'),
      running.get('simulation.cancel'),
      running.get('simulation.compare'),
    ]).toEqual([false, true, false]);
  });

  it('lists recent files under Open Recent, opening the one clicked', () => {
    const actions = spyActions();
    const state = { ...baseState, recentFiles: [{ filePath: '/p/a.scoda.json', fileName: 'a.scoda.json' }] };
    const items = allItems(buildMenuTemplate(state, actions));
    click(items.find((item) => item.label === 'a.scoda.json'));
    expect(actions.openRecent).toHaveBeenCalledWith('/p/a.scoda.json');
    click(items.find((item) => item.id === 'recent:clear'));
    expect(actions.clearRecent).toHaveBeenCalled();
    const empty = allItems(buildMenuTemplate(baseState, actions)).find(
      (item) => item.label === 'No Recent Files',
    );
    expect(empty?.enabled).toBe(false);
  });

  it('tells apart recent files with the same name by their folder', () => {
    const files = [
      { filePath: '/plans/2025/baseline.scoda.json', fileName: 'baseline.scoda.json' },
      { filePath: '/plans/2030/baseline.scoda.json', fileName: 'baseline.scoda.json' },
      { filePath: 'C:\\Users\\ana\\more-trains.scoda.json', fileName: 'more-trains.scoda.json' },
    ];
    expect(files.map((file) => recentFileLabel(file, files))).toEqual([
      'baseline.scoda.json — 2025',
      'baseline.scoda.json — 2030',
      'more-trains.scoda.json',
    ]);
  });

  it('follows the interface language and checks the current one', () => {
    const template = buildMenuTemplate({ ...baseState, language: 'zh' }, spyActions());
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '仿真', '帮助']);
    const items = allItems(template);
    expect(items.find((item) => item.id === 'view.language.zh')?.checked).toBe(true);
    expect(items.find((item) => item.id === 'view.language.en')?.checked).toBe(false);
  });

  it('has every label in every language', () => {
    for (const language of LANGUAGES) {
      for (const [key, label] of Object.entries(MENU_LABELS[language])) {
        expect(label.trim(), `${language}.${key}`).not.toBe('');
      }
    }
  });

  it('adds the app and window menus on macOS, and developer tools only in development', () => {
    const mac = buildMenuTemplate({ ...baseState, platform: 'darwin' }, spyActions());
    expect(mac[0]?.role).toBe('appMenu');
    expect(mac.some((menu) => menu.role === 'windowMenu')).toBe(true);
    const roles = (state: MenuTemplateState) =>
      allItems(buildMenuTemplate(state, spyActions())).map((item) => item.role);
    expect(roles(baseState)).not.toContain('toggleDevTools');
    expect(roles({ ...baseState, devTools: true })).toContain('toggleDevTools');
  });
});

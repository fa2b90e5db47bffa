// The application menu as data: a pure function of the app's state, so a test can read every item.
// Command items carry their command id as the item `id` and send it to the renderer when clicked.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuState, RecentFile } from '../../shared/desktopApi.ts';
import { LANGUAGES, type MenuCommand } from '../../shared/menuCommands.ts';
import { LANGUAGE_NAMES, MENU_LABELS, type MenuLabels } from './menuLabels.ts';

export interface MenuTemplateState extends MenuState {
  platform: NodeJS.Platform;
  recentFiles: readonly RecentFile[];
  /** Development builds add Reload and Developer Tools. */
  devTools: boolean;
}

export interface MenuActions {
  /** Sends a command to the focused window's renderer. */
  command(command: MenuCommand): void;
  /** Opens a file from the recent list (main reads it, then tells the renderer). */
  openRecent(filePath: string): void;
  clearRecent(): void;
}

type Item = MenuItemConstructorOptions;

function commandItem(
  actions: MenuActions,
  command: MenuCommand,
  label: string,
  extra: Partial<Item> = {},
): Item {
  return { id: command, label, click: () => actions.command(command), ...extra };
}

/** A recent file's menu label: its name, plus its folder when another recent file has the same name. */
export function recentFileLabel(file: RecentFile, all: readonly RecentFile[]): string {
  const clashes = all.some((other) => other !== file && other.fileName === file.fileName);
  if (!clashes) return file.fileName;
  const folders = file.filePath.slice(0, -file.fileName.length).split(/[\\/]/).filter(Boolean);
  return `${file.fileName} — ${folders.at(-1) ?? file.filePath}`;
}

function recentSubmenu(state: MenuTemplateState, actions: MenuActions, text: MenuLabels): Item[] {
  if (state.recentFiles.length === 0) return [{ label: text.noRecent, enabled: false }];
  return [
    ...state.recentFiles.map((file, index): Item => ({
      id: `recent:${index}`,
      label: recentFileLabel(file, state.recentFiles),
      toolTip: file.filePath,
      click: () => actions.openRecent(file.filePath),
    })),
    { type: 'separator' },
    { id: 'recent:clear', label: text.clearRecent, click: () => actions.clearRecent() },
  ];
}

function fileMenu(state: MenuTemplateState, actions: MenuActions, text: MenuLabels): Item {
  const mac = state.platform === 'darwin';
  return {
    label: text.file,
    submenu: [
      commandItem(actions, 'file.new', text.newScenario, { accelerator: 'CmdOrCtrl+N' }),
      commandItem(actions, 'file.open', text.open, { accelerator: 'CmdOrCtrl+O' }),
      { label: text.openRecent, submenu: recentSubmenu(state, actions, text) },
      { type: 'separator' },
      commandItem(actions, 'file.save', text.save, { accelerator: 'CmdOrCtrl+S' }),
      commandItem(actions, 'file.saveAs', text.saveAs, { accelerator: 'CmdOrCtrl+Shift+S' }),
      { type: 'separator' },
      commandItem(actions, 'file.exportCsv', text.exportCsv, {
        accelerator: 'CmdOrCtrl+E',
        enabled: state.hasResults,
      }),
      { type: 'separator' },
      mac ? { role: 'close', label: text.close } : { role: 'quit', label: text.quit, accelerator: 'Ctrl+Q' },
    ],
  };
}

function editMenu(text: MenuLabels): Item {
  // Roles: Chromium applies them to the focused text field; the scenario editor's own undo
  // (if any) listens for the same keys inside the page.
  return {
    label: text.edit,
    submenu: [
      { role: 'undo', label: text.undo },
      { role: 'redo', label: text.redo },
      { type: 'separator' },
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'selectAll', label: text.selectAll },
    ],
  };
}

function viewMenu(state: MenuTemplateState, actions: MenuActions, text: MenuLabels): Item {
  const languageItems = LANGUAGES.map((language) =>
    commandItem(actions, `view.language.${language}`, LANGUAGE_NAMES[language], {
      type: 'radio',
      checked: state.language === language,
    }),
  );
  const developer: Item[] = state.devTools
    ? [
        { type: 'separator' },
        { role: 'reload', label: text.reload },
        { role: 'toggleDevTools', label: text.devTools },
      ]
    : [];
  return {
    label: text.view,
    submenu: [
      commandItem(actions, 'view.presentation', text.presentation, {
        type: 'checkbox',
        checked: state.presentation,
        accelerator: 'CmdOrCtrl+Shift+P',
      }),
      { label: text.language, submenu: languageItems },
      { type: 'separator' },
      { role: 'resetZoom', label: text.resetZoom },
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: text.fullScreen },
      ...developer,
    ],
  };
}

function simulationMenu(state: MenuTemplateState, actions: MenuActions, text: MenuLabels): Item {
  return {
    label: text.simulation,
    submenu: [
      commandItem(actions, 'simulation.run', text.run, {
        accelerator: 'CmdOrCtrl+Enter',
        enabled: !state.simulationRunning,
      }),
      commandItem(actions, 'simulation.cancel', text.cancel, {
        accelerator: 'CmdOrCtrl+.',
        enabled: state.simulationRunning,
      }),
      { type: 'separator' },
      commandItem(actions, 'simulation.compare', text.compare, {
        accelerator: 'CmdOrCtrl+D',
        enabled: state.hasResults && !state.simulationRunning,
      }),
    ],
  };
}

/** The whole application menu for `state`; `actions` receives the clicks. */
export function buildMenuTemplate(state: MenuTemplateState, actions: MenuActions): Item[] {
  const text = MENU_LABELS[state.language];
  const mac = state.platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies Item] : []),
    fileMenu(state, actions, text),
    editMenu(text),
    viewMenu(state, actions, text),
    simulationMenu(state, actions, text),
    ...(mac ? [{ role: 'windowMenu', label: text.window } satisfies Item] : []),
    {
      role: 'help',
      label: text.help,
      submenu: [commandItem(actions, 'help.about', text.about)],
    },
  ];
}

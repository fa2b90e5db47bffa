// The DialogPort on Electron's native dialogs, each modal to its window.
import { dialog, type BrowserWindow } from 'electron';
import type { MessageRequest } from '../../shared/desktopApi.ts';
import type { DialogPort } from '../ipc/DialogPort.ts';

const SCENARIO_FILTERS = [
  { name: 'SCODA scenario', extensions: ['scoda.json', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

export function createNativeDialogs(): DialogPort<BrowserWindow> {
  return {
    async chooseScenarioToOpen(owner, defaultFolder) {
      const result = await dialog.showOpenDialog(owner, {
        title: 'Open scenario',
        properties: ['openFile'],
        filters: SCENARIO_FILTERS,
        ...(defaultFolder ? { defaultPath: defaultFolder } : {}),
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveTarget(owner, defaultPath) {
      const result = await dialog.showSaveDialog(owner, {
        title: 'Save scenario',
        defaultPath,
        filters: SCENARIO_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportFolder(owner, description) {
      const result = await dialog.showOpenDialog(owner, {
        title: `Export CSV: ${description}`,
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirmReplace(owner, folder, fileNames) {
      const { response } = await dialog.showMessageBox(owner, {
        type: 'warning',
        title: 'Replace files?',
        message: `${fileNames.length} file(s) already exist in ${folder}.`,
        detail: `${fileNames.join('\n')}\n\nReplace them with this run's files?`,
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      });
      return response === 0;
    },
    async confirmDiscard(owner, documentName) {
      const { response } = await dialog.showMessageBox(owner, {
        type: 'warning',
        title: 'Unsaved changes',
        message: `Save the changes to ${documentName} before closing?`,
        detail: 'Your changes are lost if you do not save them.',
        buttons: ['Save…', "Don't save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      });
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
    async showMessage(owner, request: MessageRequest) {
      await dialog.showMessageBox(owner, {
        type: request.kind,
        title: request.title,
        message: request.message,
        ...(request.detail ? { detail: request.detail } : {}),
      });
    },
  };
}

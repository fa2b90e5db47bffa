// The DialogPort on Electron's native dialogs, each modal to its window, worded in the language
// the page last reported (`text` is read at each call).
import { dialog, type BrowserWindow } from 'electron';
import type { MessageRequest } from '../../shared/desktopApi.ts';
import type { MainText } from '../i18n/mainText.ts';
import type { DialogPort } from '../ipc/DialogPort.ts';
import { dialogText } from './dialogText.ts';

export function createNativeDialogs(text: () => MainText): DialogPort<BrowserWindow> {
  const filters = () => [
    { name: text().scenarioFilter, extensions: ['scoda.json', 'json'] },
    { name: text().allFilesFilter, extensions: ['*'] },
  ];
  return {
    async chooseScenarioToOpen(owner, defaultFolder) {
      const result = await dialog.showOpenDialog(owner, {
        title: text().openTitle,
        properties: ['openFile'],
        filters: filters(),
        ...(defaultFolder ? { defaultPath: defaultFolder } : {}),
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveTarget(owner, defaultPath) {
      const result = await dialog.showSaveDialog(owner, {
        title: text().saveTitle,
        defaultPath,
        filters: filters(),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseMediaTarget(owner, defaultPath, kind) {
      const result = await dialog.showSaveDialog(owner, {
        title: text().saveMediaTitle,
        defaultPath,
        filters: [{ name: kind.toUpperCase(), extensions: [kind] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportFolder(owner, description, defaultFolder) {
      const result = await dialog.showOpenDialog(owner, {
        title: text().exportTitle(description),
        defaultPath: defaultFolder,
        buttonLabel: text().exportButton,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async confirmReplace(owner, folder, fileNames) {
      const words = text();
      const { response } = await dialog.showMessageBox(owner, {
        type: 'warning',
        title: words.replaceTitle,
        message: dialogText(words.replaceMessage(fileNames.length, folder)),
        detail: dialogText(words.replaceDetail(fileNames.join('\n'))),
        buttons: [...words.replaceButtons],
        defaultId: 1,
        cancelId: 1,
      });
      return response === 0;
    },
    async confirmDiscard(owner, documentName) {
      const words = text();
      const { response } = await dialog.showMessageBox(owner, {
        type: 'warning',
        title: words.unsavedTitle,
        message: dialogText(words.unsavedMessage(documentName)),
        detail: words.unsavedDetail,
        buttons: [...words.unsavedButtons],
        defaultId: 0,
        cancelId: 2,
      });
      return (['save', 'discard', 'cancel'] as const)[response] ?? 'cancel';
    },
    async showMessage(owner, request: MessageRequest) {
      await dialog.showMessageBox(owner, {
        type: request.kind,
        title: dialogText(request.title),
        message: dialogText(request.message),
        ...(request.detail ? { detail: dialogText(request.detail) } : {}),
      });
    },
  };
}

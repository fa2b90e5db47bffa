import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAIN_TEXT, type MainText } from '../i18n/mainText.ts';

const dialog = vi.hoisted(() => ({
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(),
}));
vi.mock('electron', () => ({ dialog }));

const { createNativeDialogs } = await import('./nativeDialogs.ts');
type Window = Parameters<ReturnType<typeof createNativeDialogs>['showMessage']>[0];
const owner = { id: 'main-window' } as unknown as Window;

describe('native dialogs', () => {
  let language: MainText = MAIN_TEXT.en;
  const dialogs = createNativeDialogs(() => language);
  beforeEach(() => {
    vi.clearAllMocks();
    language = MAIN_TEXT.en;
  });

  it('opens one scenario file, modal to the window, starting in the given folder', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/plans/a.scoda.json'] });
    expect(await dialogs.chooseScenarioToOpen(owner, '/plans')).toBe('/plans/a.scoda.json');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      owner,
      expect.objectContaining({ properties: ['openFile'], defaultPath: '/plans' }),
    );
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.chooseScenarioToOpen(owner, undefined)).toBeNull();
  });

  it('asks for an export folder it may create, and reads Cancel as null', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.chooseExportFolder(owner, 'Baseline, seed 1', '/exports')).toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      owner,
      expect.objectContaining({
        title: 'Export CSV: Baseline, seed 1',
        defaultPath: '/exports',
        properties: expect.arrayContaining(['openDirectory', 'createDirectory']),
      }),
    );
  });

  it('maps the unsaved-changes buttons to save, discard and cancel (Escape cancels)', async () => {
    for (const [response, expected] of [
      [0, 'save'],
      [1, 'discard'],
      [2, 'cancel'],
    ] as const) {
      dialog.showMessageBox.mockResolvedValueOnce({ response });
      expect(await dialogs.confirmDiscard(owner, 'plan.scoda.json')).toBe(expected);
    }
    expect(dialog.showMessageBox).toHaveBeenLastCalledWith(owner, expect.objectContaining({ cancelId: 2 }));
  });

  it('replaces files only on an explicit Replace, Cancel being the default', async () => {
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await dialogs.confirmReplace(owner, '/exports', ['kpis.csv'])).toBe(false);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      owner,
      expect.objectContaining({ defaultId: 1, cancelId: 1 }),
    );
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await dialogs.confirmReplace(owner, '/exports', ['kpis.csv'])).toBe(true);
  });

  it('speaks the language the page chose', async () => {
    language = MAIN_TEXT.ru;
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/plans/b.scoda.json' });
    expect(await dialogs.chooseSaveTarget(owner, '/plans/a.scoda.json')).toBe('/plans/b.scoda.json');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      owner,
      expect.objectContaining({ title: 'Сохранить сценарий', defaultPath: '/plans/a.scoda.json' }),
    );
  });
});

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IpcChannel } from '../../shared/desktopApi.ts';
import { fakeDesktop } from '../testing/fakeDesktop.ts';
import { useTempFolder } from '../testing/tempFolder.ts';
import { PAYLOAD_SCHEMAS } from './payloadSchemas.ts';

const scenario = {
  schemaVersion: 1,
  id: 'baseline',
  nodes: [{ id: 'qingdao-port' }],
  links: [],
  services: [],
};

describe('IPC handlers', () => {
  const tempFolder = useTempFolder();

  async function setUp(writeHooks = {}) {
    const userData = await tempFolder();
    const documents = await tempFolder();
    return { userData, documents, ...fakeDesktop(userData, documents, writeHooks) };
  }

  it('has a payload schema for every renderer -> main channel', () => {
    const fromMain: string[] = [IpcChannel.menuCommand, IpcChannel.scenarioOpened];
    const invokeChannels = Object.values(IpcChannel).filter((channel) => !fromMain.includes(channel));
    expect(Object.keys(PAYLOAD_SCHEMAS).sort()).toEqual(invokeChannels.sort());
  });

  it('refuses a message from a foreign origin before looking at it', async () => {
    const { invoke, script } = await setUp();
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } };
    await expect(invoke(IpcChannel.getAppInfo, undefined, foreign)).rejects.toThrow(
      "app:get-info: refused: the sender is not the app's own page (https://evil.example/)",
    );
    script.savePath = '/tmp/should-not-be-written.scoda.json';
    await expect(
      invoke(IpcChannel.saveScenarioAs, { scenario, suggestedName: 'x' }, foreign),
    ).rejects.toThrow(/refused/);
  });

  it('refuses a bad payload with the channel, the JSON path and what was expected', async () => {
    const { invoke } = await setUp();
    await expect(
      invoke(IpcChannel.saveScenario, { scenario: { schemaVersion: '1', nodes: [] }, suggestedName: 'x' }),
    ).rejects.toThrow(
      /^scenario:save: invalid payload: \$\.scenario\.schemaVersion: .*expected number.*; \$\.scenario\.links: /,
    );
    await expect(invoke(IpcChannel.setMenuState, { language: 'fr' })).rejects.toThrow(/\$\.language: /);
    await expect(invoke(IpcChannel.setMenuState, { simulationRunning: true, extra: 1 })).rejects.toThrow(
      /extra/,
    );
    await expect(invoke(IpcChannel.getAppInfo, { unexpected: true })).rejects.toThrow(
      /app:get-info: invalid payload/,
    );
  });

  it('answers getAppInfo', async () => {
    const { invoke } = await setUp();
    expect(await invoke(IpcChannel.getAppInfo)).toEqual({ version: '0.1.0', platform: 'linux' });
  });

  it('opens the chosen file, remembers it and shows its name in the title', async () => {
    const { invoke, script, window, documents } = await setUp();
    const filePath = join(documents, 'baseline.scoda.json');
    await writeFile(filePath, JSON.stringify(scenario));
    script.openPath = filePath;
    expect(await invoke(IpcChannel.openScenario)).toEqual({
      status: 'opened',
      scenario: { filePath, fileName: 'baseline.scoda.json', json: scenario },
    });
    expect(await invoke(IpcChannel.getRecentFiles)).toEqual([{ filePath, fileName: 'baseline.scoda.json' }]);
    expect(window.title).toBe('baseline.scoda.json — SCODA Corridor Simulator');
  });

  it('shows an error dialog naming the file when it is not valid JSON', async () => {
    const { invoke, script, documents } = await setUp();
    const filePath = join(documents, 'broken.scoda.json');
    await writeFile(filePath, '{"schemaVersion": 1,,}');
    script.openPath = filePath;
    const result = await invoke(IpcChannel.openScenario);
    expect(result).toMatchObject({ status: 'failed', filePath });
    expect(script.messages).toEqual([
      expect.objectContaining({
        kind: 'error',
        message: expect.stringMatching(/^broken\.scoda\.json is not valid JSON: .* line 1, column 21/),
      }),
    ]);
  });

  it('words its error dialogs in the language the page reported', async () => {
    const { invoke, script, documents } = await setUp();
    await invoke(IpcChannel.setMenuState, { language: 'zh' });
    const filePath = join(documents, 'broken.scoda.json');
    await writeFile(filePath, '{');
    script.openPath = filePath;
    const result = await invoke(IpcChannel.openScenario);
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^broken\.scoda\.json 不是有效的 JSON/),
    });
    expect(script.messages).toEqual([expect.objectContaining({ kind: 'error', title: '无法打开情景' })]);
  });

  it('returns cancelled when the dialog is dismissed', async () => {
    const { invoke } = await setUp();
    expect(await invoke(IpcChannel.openScenario)).toEqual({ status: 'cancelled' });
    expect(await invoke(IpcChannel.saveScenario, { scenario, suggestedName: 'a' })).toEqual({
      status: 'cancelled',
    });
  });

  it('saves a new scenario through Save As, then saves again to the same file without asking', async () => {
    const { invoke, script, documents } = await setUp();
    script.savePath = join(documents, 'more-trains');
    const first = await invoke(IpcChannel.saveScenario, { scenario, suggestedName: 'more/trains' });
    const filePath = join(documents, 'more-trains.scoda.json');
    expect(first).toEqual({ status: 'saved', filePath, fileName: 'more-trains.scoda.json' });
    expect(script.saveDefaults).toEqual([join(documents, 'more-trains.scoda.json')]);
    script.savePath = null;
    const changed = { ...scenario, id: 'changed' };
    expect(await invoke(IpcChannel.saveScenario, { scenario: changed, suggestedName: 'x' })).toMatchObject({
      status: 'saved',
    });
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toEqual(changed);
    await invoke(IpcChannel.saveScenarioAs, { scenario: changed, suggestedName: 'ignored' });
    expect(script.saveDefaults.at(-1)).toBe(filePath);
  });

  it('asks before Save As replaces a file it named by adding the extension, and keeps it when told no', async () => {
    const { invoke, script, documents } = await setUp();
    const existing = join(documents, 'plan.scoda.json');
    await writeFile(existing, 'a colleague’s plan');
    // The user typed "plan": the dialog saw no file of that name, so it asked nothing.
    script.savePath = join(documents, 'plan');
    script.replace = false;
    expect(await invoke(IpcChannel.saveScenarioAs, { scenario, suggestedName: 'x' })).toEqual({
      status: 'cancelled',
    });
    expect(await readFile(existing, 'utf8')).toBe('a colleague’s plan');
    script.replace = true;
    expect(await invoke(IpcChannel.saveScenarioAs, { scenario, suggestedName: 'x' })).toMatchObject({
      status: 'saved',
      filePath: existing,
    });
    expect(JSON.parse(await readFile(existing, 'utf8'))).toEqual(scenario);
  });

  it('keeps the old file and reports the failure when saving crashes before the rename', async () => {
    const crash = () => {
      throw new Error('disk unplugged');
    };
    const { invoke, script, documents } = await setUp({ beforeRename: crash });
    const filePath = join(documents, 'plan.scoda.json');
    await writeFile(filePath, 'previous version');
    script.savePath = filePath;
    const result = await invoke(IpcChannel.saveScenarioAs, { scenario, suggestedName: 'plan' });
    expect(result).toEqual({
      status: 'failed',
      filePath,
      message: 'plan.scoda.json was not saved: disk unplugged.',
    });
    expect(await readFile(filePath, 'utf8')).toBe('previous version');
    expect(await readdir(documents)).toEqual(['plan.scoda.json']);
  });

  it('opens a recent file, but refuses a path that is not on the list', async () => {
    const { invoke, script, documents } = await setUp();
    const filePath = join(documents, 'a.scoda.json');
    await writeFile(filePath, JSON.stringify(scenario));
    script.openPath = filePath;
    await invoke(IpcChannel.openScenario);
    expect(await invoke(IpcChannel.openRecentScenario, { filePath })).toMatchObject({ status: 'opened' });
    await expect(invoke(IpcChannel.openRecentScenario, { filePath: '/etc/passwd' })).rejects.toThrow(
      /not on the recent-files list/,
    );
  });

  it('exports CSV files into the chosen folder, asking before replacing', async () => {
    const { invoke, script, documents } = await setUp();
    const files = { 'throughput.csv': 'year,teu\n', 'kpis.csv': 'kpi,value\n' };
    script.exportFolder = documents;
    expect(await invoke(IpcChannel.exportCsv, { files, description: 'Baseline' })).toEqual({
      status: 'exported',
      folderPath: documents,
      fileNames: ['throughput.csv', 'kpis.csv'],
    });
    script.replace = false;
    const again = { 'throughput.csv': 'changed\n', 'kpis.csv': 'changed\n' };
    expect(await invoke(IpcChannel.exportCsv, { files: again, description: 'Baseline' })).toEqual({
      status: 'cancelled',
    });
    expect(await readFile(join(documents, 'kpis.csv'), 'utf8')).toBe('kpi,value\n');
    script.replace = true;
    expect(await invoke(IpcChannel.exportCsv, { files: again, description: 'Baseline' })).toMatchObject({
      status: 'exported',
    });
    expect(await readFile(join(documents, 'kpis.csv'), 'utf8')).toBe('changed\n');
  });

  it('starts the next export where the last one went', async () => {
    const { invoke, script, documents, userData } = await setUp();
    script.exportFolder = userData;
    await invoke(IpcChannel.exportCsv, { files: { 'kpis.csv': 'a\n' }, description: 'first' });
    script.exportFolder = null;
    await invoke(IpcChannel.exportCsv, { files: { 'kpis.csv': 'b\n' }, description: 'second' });
    expect(script.exportDefaults).toEqual([documents, userData]);
  });

  it('refuses to export a file name that leaves the folder, without showing a folder dialog', async () => {
    const { invoke, script, documents } = await setUp();
    script.exportFolder = documents;
    const result = await invoke(IpcChannel.exportCsv, {
      files: { '../../.bashrc.csv': 'x' },
      description: 'x',
    });
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('not a plain .csv file name'),
    });
    expect(await readdir(documents)).toEqual([]);
  });

  it('rebuilds the menus when the menu state changes', async () => {
    const { invoke, service, menuRebuilds } = await setUp();
    const before = menuRebuilds();
    await invoke(IpcChannel.setMenuState, { simulationRunning: true, language: 'ru' });
    expect(service.getMenuState()).toEqual({
      simulationRunning: true,
      hasResults: false,
      presentation: false,
      language: 'ru',
    });
    expect(menuRebuilds()).toBe(before + 1);
  });

  it('marks unsaved changes in the title', async () => {
    const { invoke, window } = await setUp();
    await invoke(IpcChannel.setDocumentState, { scenarioName: 'Baseline 2025', dirty: true });
    expect(window.title).toBe('● Baseline 2025 — SCODA Corridor Simulator');
  });
});

// Binds every renderer -> main channel to the DesktopService, each behind guardHandler (sender
// check, then payload schema). Returns the listeners by channel so a test can call them as
// Electron would.
import { IpcChannel } from '../../shared/desktopApi.ts';
import type { Caller, DesktopService } from './DesktopService.ts';
import { guardHandler, type GuardedEvent, type GuardedListener } from './guardHandler.ts';
import type { InvokeChannel } from './payloadSchemas.ts';

export interface HandlerRegistry {
  handle(channel: string, listener: GuardedListener): void;
}

/** Finds the window that sent a message; null when it has none (then the call is refused). */
export type CallerResolver<W> = (event: GuardedEvent) => Caller<W> | null;

export function createIpcHandlers<W>(
  service: DesktopService<W>,
  resolveCaller: CallerResolver<W>,
): Record<InvokeChannel, GuardedListener> {
  const caller = (event: GuardedEvent): Caller<W> => {
    const found = resolveCaller(event);
    if (!found) throw new Error('the message came from a page without a window');
    return found;
  };
  return {
    [IpcChannel.getAppInfo]: guardHandler(IpcChannel.getAppInfo, () => service.getAppInfo()),
    [IpcChannel.signalReady]: guardHandler(IpcChannel.signalReady, (_, event) =>
      service.signalReady(caller(event)),
    ),
    [IpcChannel.openScenario]: guardHandler(IpcChannel.openScenario, (_, event) =>
      service.openScenario(caller(event)),
    ),
    [IpcChannel.openRecentScenario]: guardHandler(IpcChannel.openRecentScenario, (payload, event) =>
      service.openRecentScenario(caller(event), payload.filePath),
    ),
    [IpcChannel.saveScenario]: guardHandler(IpcChannel.saveScenario, (payload, event) =>
      service.saveScenario(caller(event), payload),
    ),
    [IpcChannel.saveScenarioAs]: guardHandler(IpcChannel.saveScenarioAs, (payload, event) =>
      service.saveScenarioAs(caller(event), payload),
    ),
    [IpcChannel.startUntitledScenario]: guardHandler(IpcChannel.startUntitledScenario, (_, event) =>
      service.startUntitledScenario(caller(event)),
    ),
    [IpcChannel.exportCsv]: guardHandler(IpcChannel.exportCsv, (payload, event) =>
      service.exportCsv(caller(event), payload),
    ),
    [IpcChannel.saveBinaryFile]: guardHandler(IpcChannel.saveBinaryFile, (payload, event) =>
      service.saveBinaryFile(caller(event), payload),
    ),
    [IpcChannel.getRecentFiles]: guardHandler(IpcChannel.getRecentFiles, () => service.refreshRecentFiles()),
    [IpcChannel.clearRecentFiles]: guardHandler(IpcChannel.clearRecentFiles, () =>
      service.clearRecentFiles(),
    ),
    [IpcChannel.autosave]: guardHandler(IpcChannel.autosave, (payload, event) =>
      service.autosave(caller(event), payload),
    ),
    [IpcChannel.setDocumentState]: guardHandler(IpcChannel.setDocumentState, (payload, event) =>
      service.setDocumentState(caller(event), payload),
    ),
    [IpcChannel.setMenuState]: guardHandler(IpcChannel.setMenuState, (payload) =>
      service.setMenuState(payload),
    ),
    [IpcChannel.showMessage]: guardHandler(IpcChannel.showMessage, (payload, event) => {
      const { owner } = caller(event);
      return service.showMessage(owner, payload);
    }),
  };
}

/** Registers every handler with ipcMain (or anything with the same `handle`). */
export function registerIpcHandlers<W>(
  registry: HandlerRegistry,
  service: DesktopService<W>,
  resolveCaller: CallerResolver<W>,
): void {
  for (const [channel, listener] of Object.entries(createIpcHandlers(service, resolveCaller))) {
    registry.handle(channel, listener);
  }
}

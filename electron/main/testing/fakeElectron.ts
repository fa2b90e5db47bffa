// A stand-in for the `electron` module (whose binary cannot be downloaded here), recording what
// the main process asks of it. Tests install it with vi.mock('electron', ...) and reset it per test.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) => listener(...args));
  }
}

let nextId = 1;

class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Listener | undefined;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  /** Set by createFakeElectron: Electron emits app 'web-contents-created' for each new page. */
  static onCreated: (window: FakeBrowserWindow) => void = () => undefined;
  static onAllClosed: () => void = () => undefined;
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly loadFile = vi.fn(async (_path: string) => undefined);
  title = '';
  destroyed = false;
  maximized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.onCreated(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows()[0] ?? null;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1300, height: 850 };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(): void {}
  show(): void {}
  focus(): void {}
  restore(): void {}
  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
    if (FakeBrowserWindow.getAllWindows().length === 0) FakeBrowserWindow.onAllClosed();
  }
}

export function createFakeElectron(userData: string) {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    singleInstanceLock: true,
    requestSingleInstanceLock: vi.fn(() => app.singleInstanceLock),
    quit: vi.fn(),
    whenReady: () => ready,
    setPath: vi.fn(),
    getPath: (name: string) => `${userData}/${name === 'userData' ? '' : name}`.replace(/\/$/, ''),
    getVersion: () => '0.1.0',
    getAppPath: () => '/app',
    addRecentDocument: vi.fn(),
  });
  FakeBrowserWindow.onCreated = (window) => app.emit('web-contents-created', {}, window.webContents);
  FakeBrowserWindow.onAllClosed = () => app.emit('window-all-closed');
  const handlers = new Map<string, Listener>();
  const fake = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
  };
  return { module: fake, handlers, resolveReady };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

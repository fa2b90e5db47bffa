// The IPC contract between the main process and the renderer: channel names and payload types only.

/** The channels the preload bridge uses, one per message. */
export const IpcChannel = {
  getAppInfo: 'app:get-info',
} as const;

/** What the desktop shell tells the renderer about itself. */
export interface AppInfo {
  /** The app's version from package.json. */
  version: string;
  /** `process.platform` of the main process. */
  platform: string;
}

/** The API the preload script exposes as `window.desktop`. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
}

// The native dialogs the desktop flows need, as an interface: electron's `dialog` in the app
// (window/nativeDialogs.ts), a scripted fake in tests. `W` is the owning window.
import type { BinaryFileKind, MessageRequest } from '../../shared/desktopApi.ts';

export interface DialogPort<W> {
  /** The scenario file to open, or null when cancelled. */
  chooseScenarioToOpen(owner: W, defaultFolder: string | undefined): Promise<string | null>;
  /** Where to save, or null when cancelled. `defaultPath` is a full proposed path. */
  chooseSaveTarget(owner: W, defaultPath: string): Promise<string | null>;
  /** Where to save an exported image or video of `kind`, or null when cancelled. */
  chooseMediaTarget(owner: W, defaultPath: string, kind: BinaryFileKind): Promise<string | null>;
  /** The folder to export CSV files into, or null when cancelled; starts in `defaultFolder`. */
  chooseExportFolder(owner: W, description: string, defaultFolder: string): Promise<string | null>;
  /** Asks before replacing `fileNames` in `folder`; true to replace. */
  confirmReplace(owner: W, folder: string, fileNames: readonly string[]): Promise<boolean>;
  /** Asks before closing a window with unsaved changes. */
  confirmDiscard(owner: W, documentName: string): Promise<'save' | 'discard' | 'cancel'>;
  showMessage(owner: W, request: MessageRequest): Promise<void>;
}

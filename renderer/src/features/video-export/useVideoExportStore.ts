// The video export's state for its dialog: open or not, and the progress of a recording.
import { create } from 'zustand';

export interface VideoExportState {
  open: boolean;
  /** Frames encoded and the total while recording; undefined when idle. */
  progress: { done: number; total: number } | undefined;
  /** The last outcome, an i18n key with values (saved, cancelled, failed). */
  outcome: { key: string; values?: Record<string, string | number> } | undefined;
  setOpen(open: boolean): void;
}

export const useVideoExportStore = create<VideoExportState>()((set) => ({
  open: false,
  progress: undefined,
  outcome: undefined,
  setOpen: (open) => set({ open, outcome: undefined }),
}));

// The working scenario, autosaved to userData so a renderer crash (or a killed app) loses at most
// a few seconds of edits. The renderer sends snapshots as the user edits; this store keeps only the
// latest and writes it at most once per `intervalMs`, atomically.
import { z } from 'zod';
import { readJsonStore, removeJsonStore, writeJsonStore } from './jsonStore.ts';

/** Disk writes at most every 5 s: snapshots can be megabytes, and edits come in bursts. */
export const AUTOSAVE_INTERVAL_MS = 5_000;

export const AutosaveRecordSchema = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  dirty: z.boolean(),
  filePath: z.string().nullable(),
  scenario: z.unknown(),
});
export type AutosaveRecord = z.infer<typeof AutosaveRecordSchema>;

export interface AutosaveInput {
  scenario: unknown;
  dirty: boolean;
  filePath: string | null;
}

export class AutosaveStore {
  private pending: AutosaveInput | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastWriteMs = Number.NEGATIVE_INFINITY;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly filePath: string,
    private readonly intervalMs = AUTOSAVE_INTERVAL_MS,
    /** Told about a failed write (disk full...): autosave failing must not crash the app. */
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Takes a snapshot; it reaches the disk within `intervalMs`. */
  submit(input: AutosaveInput): void {
    this.pending = input;
    if (this.timer !== undefined) return;
    const waitMs = Math.max(0, this.lastWriteMs + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, waitMs);
  }

  /** Writes the pending snapshot now (before a reload, or when quitting). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const input = this.pending;
    this.pending = undefined;
    if (input) {
      this.lastWriteMs = Date.now();
      const record: AutosaveRecord = { version: 1, savedAt: new Date().toISOString(), ...input };
      this.writing = this.writing.then(() => writeJsonStore(this.filePath, record)).catch(this.onError);
    }
    await this.writing;
  }

  /** The last snapshot on disk, if any. */
  async read(): Promise<AutosaveRecord | undefined> {
    await this.writing;
    return readJsonStore(this.filePath, AutosaveRecordSchema);
  }

  /** Forgets every snapshot (after a save, or a clean quit). */
  async discard(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
    await this.writing;
    await removeJsonStore(this.filePath);
  }
}

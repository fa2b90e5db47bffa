// Reads a file the user named, safely: only a regular file (a FIFO would block the main process
// forever, /dev/zero never end), opened without blocking, and at most `maxBytes` read whatever
// `stat` said (a device reports 0, a file may grow while it is read).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type RegularFileOutcome =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'folder' }
  | { ok: false; reason: 'not-regular' }
  | { ok: false; reason: 'too-large'; size: number; atLeast: boolean };

/** Bytes read per call. */
const CHUNK_BYTES = 1 << 20;

/** Throws the fs error (ENOENT, EACCES, ELOOP...) when the file cannot be opened at all. */
export async function readRegularFile(filePath: string, maxBytes: number): Promise<RegularFileOutcome> {
  const handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, reason: 'folder' };
    if (!info.isFile()) return { ok: false, reason: 'not-regular' };
    if (info.size > maxBytes) return { ok: false, reason: 'too-large', size: info.size, atLeast: false };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the cap is enough to know a growing file is over it.
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, reason: 'too-large', size: total, atLeast: true };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

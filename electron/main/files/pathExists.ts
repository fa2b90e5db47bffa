// Whether something is at a path (following links): to ask before replacing it, or to drop a
// recent file that was moved away.
import { access } from 'node:fs/promises';

export async function pathExists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}

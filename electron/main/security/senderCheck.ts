// Every IPC handler first checks who is asking: the top frame of a page on the app's own origin.
// A sub-frame, a page that navigated elsewhere, or a frame already gone is refused.
import { isAppUrl } from './appOrigin.ts';

/** The parts of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Why a sender is refused, or null when it is trusted. */
export function senderRefusal(frame: SenderFrame | null | undefined): string | null {
  if (!frame) return 'the sending frame is gone';
  if (frame.parent !== null) return 'the message came from a sub-frame';
  if (!isAppUrl(frame.url)) return `the sender is not the app's own page (${frame.url || 'no URL'})`;
  return null;
}

// Wraps every ipcMain.handle listener: first who is asking (the app's own top frame), then what
// (the payload's zod schema), only then the handler. A refusal rejects the renderer's promise with
// a message saying why; the handler never sees an unchecked payload.
import { senderRefusal, type SenderFrame } from '../security/senderCheck.ts';
import {
  PAYLOAD_SCHEMAS,
  describePayloadError,
  type InvokeChannel,
  type PayloadOf,
} from './payloadSchemas.ts';

/** The parts of IpcMainInvokeEvent the guard and the handlers read. */
export interface GuardedEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly id: number };
}

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

export type GuardedListener = (event: GuardedEvent, payload?: unknown) => Promise<unknown>;

export function guardHandler<C extends InvokeChannel, R>(
  channel: C,
  handler: (payload: PayloadOf<C>, event: GuardedEvent) => R | Promise<R>,
): GuardedListener {
  const schema = PAYLOAD_SCHEMAS[channel];
  return async (event, payload) => {
    const refusal = senderRefusal(event.senderFrame);
    if (refusal) throw new IpcRefusedError(`${channel}: refused: ${refusal}`);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new IpcRefusedError(describePayloadError(channel, parsed.error));
    return handler(parsed.data as PayloadOf<C>, event);
  };
}

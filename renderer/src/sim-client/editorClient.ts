// The editor worker (sim-core/worker/editor.worker.ts): the planner's workbook in and out and
// route geometry for new links. Started on first use; comlink is used only in sim-client.
import * as Comlink from 'comlink';
import type { EditorApi } from '../../../sim-core/src/api/editorTypes.ts';

let remote: Comlink.Remote<EditorApi> | undefined;

export function getEditorClient(): Comlink.Remote<EditorApi> {
  if (!remote) {
    const worker = new Worker(new URL('../../../sim-core/worker/editor.worker.ts', import.meta.url), {
      type: 'module',
      name: 'scoda-editor',
    });
    remote = Comlink.wrap<EditorApi>(worker);
  }
  return remote;
}

/** Sends bytes to the worker without copying them (the caller gives them up). */
export function transferBytes(bytes: Uint8Array): Uint8Array {
  return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
}

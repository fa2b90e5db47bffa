// The zod schema of every renderer -> main payload. The preload passes payloads through untouched,
// so these are the only gate: a payload that does not match is refused with a message naming the
// channel, the JSON path and what was expected.
import { z } from 'zod';
import {
  IpcChannel,
  type AutosaveSnapshot,
  type DocumentState,
  type ExportCsvRequest,
  type IpcChannelName,
  type MessageRequest,
  BINARY_FILE_KINDS,
  MAX_BINARY_FILE_BYTES,
  type SaveBinaryFileRequest,
  type SaveScenarioRequest,
} from '../../shared/desktopApi.ts';
import { LANGUAGES } from '../../shared/menuCommands.ts';
import { ScenarioOutline, jsonPath } from '../files/scenarioOutline.ts';

const NoPayload = z.undefined();

export const OpenRecentRequestSchema = z.strictObject({ filePath: z.string().min(1).max(4096) });

export const SaveScenarioRequestSchema = z.strictObject({
  scenario: ScenarioOutline,
  suggestedName: z.string().max(200),
}) satisfies z.ZodType<SaveScenarioRequest>;

export const ExportCsvRequestSchema = z.strictObject({
  files: z.record(z.string(), z.string()),
  description: z.string().max(500),
}) satisfies z.ZodType<ExportCsvRequest>;

export const SaveBinaryFileRequestSchema = z.strictObject({
  suggestedName: z.string().max(200),
  kind: z.enum(BINARY_FILE_KINDS),
  data: z
    .instanceof(Uint8Array)
    .refine((data) => data.byteLength > 0 && data.byteLength <= MAX_BINARY_FILE_BYTES, {
      message: `expected 1 to ${MAX_BINARY_FILE_BYTES} bytes`,
    }),
}) satisfies z.ZodType<SaveBinaryFileRequest>;

export const AutosaveSnapshotSchema = z.strictObject({
  scenario: ScenarioOutline,
  dirty: z.boolean(),
}) satisfies z.ZodType<AutosaveSnapshot>;

export const DocumentStateSchema = z.strictObject({
  scenarioName: z.string().max(500),
  dirty: z.boolean(),
}) satisfies z.ZodType<DocumentState>;

export const MenuStatePatchSchema = z.strictObject({
  simulationRunning: z.boolean().optional(),
  hasResults: z.boolean().optional(),
  presentation: z.boolean().optional(),
  language: z.enum(LANGUAGES).optional(),
});

export const MessageRequestSchema = z.strictObject({
  kind: z.enum(['info', 'warning', 'error']),
  title: z.string().max(200),
  message: z.string().max(5_000),
  detail: z.string().max(20_000).optional(),
}) satisfies z.ZodType<MessageRequest>;

/** One schema per renderer -> main channel (main -> renderer channels have none). */
export const PAYLOAD_SCHEMAS = {
  [IpcChannel.getAppInfo]: NoPayload,
  [IpcChannel.signalReady]: NoPayload,
  [IpcChannel.openScenario]: NoPayload,
  [IpcChannel.openRecentScenario]: OpenRecentRequestSchema,
  [IpcChannel.saveScenario]: SaveScenarioRequestSchema,
  [IpcChannel.saveScenarioAs]: SaveScenarioRequestSchema,
  [IpcChannel.startUntitledScenario]: NoPayload,
  [IpcChannel.exportCsv]: ExportCsvRequestSchema,
  [IpcChannel.saveBinaryFile]: SaveBinaryFileRequestSchema,
  [IpcChannel.getRecentFiles]: NoPayload,
  [IpcChannel.clearRecentFiles]: NoPayload,
  [IpcChannel.autosave]: AutosaveSnapshotSchema,
  [IpcChannel.setDocumentState]: DocumentStateSchema,
  [IpcChannel.setMenuState]: MenuStatePatchSchema,
  [IpcChannel.showMessage]: MessageRequestSchema,
} as const satisfies Partial<Record<IpcChannelName, z.ZodType>>;

export type InvokeChannel = keyof typeof PAYLOAD_SCHEMAS;
export type PayloadOf<C extends InvokeChannel> = z.infer<(typeof PAYLOAD_SCHEMAS)[C]>;

/** "channel: invalid payload: $.path: message; ..." for a failed parse. */
export function describePayloadError(channel: string, error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  return `${channel}: invalid payload: ${issues.join('; ')}`;
}

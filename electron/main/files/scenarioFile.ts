// Reading and writing scenario files. Reading checks, in order, that the file is a regular one, its
// size (while reading), the shape budget, the JSON syntax (line and column) and the outline; every
// refusal names the file and what is wrong.
import { basename } from 'node:path';
import { MAX_SCENARIO_BYTES, SCENARIO_EXTENSION, type OpenedScenario } from '../../shared/desktopApi.ts';
import type { Language } from '../../shared/menuCommands.ts';
import { MAIN_TEXT, type MainText } from '../i18n/mainText.ts';
import { writeFileAtomic, type AtomicWriteHooks } from './atomicWrite.ts';
import { jsonBudgetExcess } from './jsonBudget.ts';
import { parseJsonText } from './parseJsonText.ts';
import { readRegularFile } from './readRegularFile.ts';
import { outlineProblems } from './scenarioOutline.ts';

export type ReadScenarioOutcome = { ok: true; scenario: OpenedScenario } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function describeFsError(error: unknown, words: MainText): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return words.notFound;
  if (code === 'EACCES' || code === 'EPERM') return words.notAllowed;
  if (code === 'ELOOP') return words.symlinkLoop;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a scenario file and checks, in order: that it is a regular file, its size (counted while
 * reading), the shape budget, the JSON syntax and the outline. Refusals are worded in `language`.
 */
export async function readScenarioFile(
  filePath: string,
  maxBytes = MAX_SCENARIO_BYTES,
  language: Language = 'en',
): Promise<ReadScenarioOutcome> {
  const fileName = basename(filePath);
  const words = MAIN_TEXT[language];
  let read;
  try {
    read = await readRegularFile(filePath, maxBytes);
  } catch (error) {
    return { ok: false, message: words.cannotRead(fileName, describeFsError(error, words)) };
  }
  if (!read.ok) {
    if (read.reason === 'folder') return { ok: false, message: words.isFolder(fileName) };
    if (read.reason === 'not-regular') return { ok: false, message: words.notRegularFile(fileName) };
    const size = read.atLeast ? `> ${megabytes(maxBytes)}` : megabytes(read.size);
    return { ok: false, message: words.tooLarge(fileName, size, megabytes(maxBytes)) };
  }
  const text = read.bytes.toString('utf8');
  const excess = jsonBudgetExcess(text);
  if (excess) return { ok: false, message: words.tooComplex(fileName, excess.kind, excess.limit) };
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const problem = words.jsonSyntax[parsed.code];
    return { ok: false, message: words.notJson(fileName, problem, parsed.line, parsed.column) };
  }
  const problems = outlineProblems(parsed.value, language);
  if (problems.length > 0) {
    return {
      ok: false,
      message: `${words.notScenario(fileName)}\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    };
  }
  return { ok: true, scenario: { filePath, fileName, json: parsed.value } };
}

/** The text a scenario is saved as: two-space JSON with a final newline (diff-friendly). */
export function serializeScenario(scenario: unknown): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** Adds the scenario extension unless the name already ends with it (or with .json). */
export function withScenarioExtension(filePath: string): string {
  return /\.json$/i.test(filePath) ? filePath : `${filePath}${SCENARIO_EXTENSION}`;
}

/** Writes a scenario atomically; refuses one larger than the open limit (it could not be reopened). */
export async function writeScenarioFile(
  filePath: string,
  scenario: unknown,
  hooks: AtomicWriteHooks = {},
  maxBytes = MAX_SCENARIO_BYTES,
  language: Language = 'en',
): Promise<void> {
  const text = serializeScenario(scenario);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new Error(MAIN_TEXT[language].tooLargeToSave(megabytes(bytes), megabytes(maxBytes)));
  }
  await writeFileAtomic(filePath, text, hooks);
}

/** A plain file name (no extension) from a scenario's suggested name: no folders, nothing the OS refuses. */
export function safeFileStem(suggestedName: string): string {
  const stem = suggestedName
    // Characters Windows refuses in names, and control characters.
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\p{Cc}/gu, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return stem || 'scenario';
}

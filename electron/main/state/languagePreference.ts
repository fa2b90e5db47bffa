// The interface language, kept in userData so menus and dialogs speak it from the first frame of
// the next start, before the page has reported anything.
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../shared/menuCommands.ts';
import { readJsonStore, writeJsonStore } from './jsonStore.ts';

const PreferencesSchema = z.object({ language: z.enum(LANGUAGES) });

/** The saved language, or undefined (first start, or an unreadable file). */
export async function readLanguagePreference(filePath: string): Promise<Language | undefined> {
  return (await readJsonStore(filePath, PreferencesSchema))?.language;
}

export function saveLanguagePreference(filePath: string, language: Language): Promise<void> {
  return writeJsonStore(filePath, { language });
}

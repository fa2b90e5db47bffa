import type { CliCommand } from '../CliCommand.ts';
import { listBuiltInScenarios } from '../io/builtInScenarios.ts';
import { UserError } from '../UserError.ts';

const LANGUAGES = ['en', 'zh', 'ru'] as const;
type Language = (typeof LANGUAGES)[number];

/** Terminal columns: East Asian wide characters take two. */
function columns(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
    char,
  )
    ? 2
    : 1;
}

/** The first sentence of a description, cut to `maxColumns` terminal columns, on one line. */
export function oneLine(text: string, maxColumns = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A Latin full stop ends a sentence before a space; a CJK one ends it by itself.
  const sentence = /^(.+?(?:[.!?](?=\s|$)|[。！？]))/u.exec(flat)?.[1] ?? flat;
  let width = 0;
  let out = '';
  for (const char of sentence) {
    width += columns(char);
    if (width > maxColumns - 1) return `${out}…`;
    out += char;
  }
  return out;
}

export const command: CliCommand = {
  name: 'scenarios',
  summary: 'list the built-in scenarios',
  usage: `Usage: scoda-sim scenarios [--lang en|zh|ru] [--json]

Lists the built-in scenarios (assets/scenarios): id, name and the first sentence of the
description. Run one with "scoda-sim run <id>".

  --lang    language of names and descriptions (default en)
  --json    print the full list as JSON instead`,
  options: { lang: { type: 'string' }, json: { type: 'boolean' } },
  allowPositionals: false,
  run: async ({ values }, { stdout }) => {
    const lang = (values['lang'] ?? 'en') as string;
    if (!LANGUAGES.includes(lang as Language)) {
      throw new UserError(`--lang: expected one of ${LANGUAGES.join(', ')}, got "${lang}"`, 2);
    }
    const scenarios = listBuiltInScenarios();
    if (values['json']) {
      stdout.write(
        `${JSON.stringify(
          scenarios.map(({ path: _path, ...rest }) => rest),
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    if (scenarios.length === 0) {
      stdout.write('no built-in scenarios found in assets/scenarios\n');
      return 0;
    }
    const width = Math.max(...scenarios.map((s) => s.id.length));
    for (const s of scenarios) {
      const language = lang as Language;
      stdout.write(
        `${s.id.padEnd(width)}  ${s.name[language]}\n${' '.repeat(width)}  ${oneLine(s.description[language], Math.max(40, 110 - width))}\n`,
      );
    }
    return 0;
  },
};

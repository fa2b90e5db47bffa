import type { CliCommand } from '../CliCommand.ts';
import { listBuiltInScenarios } from '../io/builtInScenarios.ts';
import { UserError } from '../UserError.ts';

const LANGUAGES = ['en', 'zh', 'ru'] as const;
type Language = (typeof LANGUAGES)[number];

/** The first sentence of a description, cut at 100 characters, on one line. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.。!?！？])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length > 100 ? `${sentence.slice(0, 99)}…` : sentence;
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
        `${s.id.padEnd(width)}  ${s.name[language]}\n${' '.repeat(width)}  ${oneLine(s.description[language])}\n`,
      );
    }
    return 0;
  },
};

import type { CliCommand } from '../CliCommand.ts';
import { loadScenario, resolveScenarioSource } from '../io/loadScenario.ts';
import { safeLine } from '../../src/scenario/safeText.ts';
import { UserError } from '../UserError.ts';

export const command: CliCommand = {
  name: 'validate',
  summary: 'check scenario files and list every problem',
  usage: `Usage: scoda-sim validate <scenario.json | built-in id>...

Checks each scenario against the format (schema, references between ids, dates, limits) and
prints every problem as "file: json.path: what was expected", warnings as "file: path: warning: ...".

Exit code: 0 when every file is valid (prints "file: ok"), 1 when any has a problem.`,
  options: {},
  allowPositionals: true,
  run: async ({ positionals }, { stdout, stderr, cwd }) => {
    if (positionals.length === 0) throw new UserError('validate: name at least one scenario file', 2);
    let failed = false;
    for (const argument of positionals) {
      let loaded;
      try {
        loaded = loadScenario(resolveScenarioSource(argument, cwd));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        stderr.write(`${error.message}\n`);
        failed = true;
        continue;
      }
      if (!loaded.ok) {
        failed = true;
        stdout.write(loaded.problems.map((line) => `${line}\n`).join(''));
        continue;
      }
      stderr.write(loaded.warnings.map((line) => `${line}\n`).join(''));
      stdout.write(`${safeLine(loaded.source.displayName)}: ok\n`);
    }
    return failed ? 1 : 0;
  },
};

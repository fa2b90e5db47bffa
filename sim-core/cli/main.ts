/**
 * `scoda-sim`: the command line of the SCODA Corridor Simulator. Dispatches to the commands in
 * commands/index.ts with strict argument parsing (node:util parseArgs). User mistakes print one
 * clear message and no stack trace; only a bug in the simulator prints a stack.
 */
import { parseArgs } from 'node:util';
import { ENGINE_VERSION } from '../src/api/index.ts';
import type { CliContext } from './CliCommand.ts';
import { COMMANDS } from './commands/index.ts';
import { UserError } from './UserError.ts';

/** Exit code for an internal error (BSD sysexits EX_SOFTWARE). */
const EXIT_BUG = 70;

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `Usage: scoda-sim <command> [options]

SCODA Corridor Simulator ${ENGINE_VERSION}: Qingdao's SCO freight corridors, by discrete-event simulation.

Commands:
${lines.join('\n')}

Run "scoda-sim <command> --help" for a command's options.
Exit codes: 0 success, 1 invalid input (file, JSON, scenario), 2 usage mistake.
`;
}

/** Runs the command line with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (error instanceof UserError) {
      context.stderr.write(`scoda-sim: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.stderr.write(
      `scoda-sim: internal error (a bug; please report it with the command you ran):\n${detail}\n`,
    );
    return EXIT_BUG;
  }
}

async function dispatch(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    context.stdout.write(`${ENGINE_VERSION}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    throw new UserError(
      `unknown command "${name}"; the commands are: ${Object.keys(COMMANDS).join(', ')}`,
      2,
    );
  }
  let command;
  try {
    ({ command } = await entry.load());
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
      throw new UserError(`the "${name}" command is not available in this build`, 1);
    }
    throw error;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.allowPositionals,
      strict: true,
    });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error);
    throw new UserError(`${name}: ${message}; see "scoda-sim ${name} --help"`, 2);
  }
  if (parsed.values['help']) {
    context.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(
    {
      values: parsed.values as Record<string, string | boolean | undefined>,
      positionals: parsed.positionals,
    },
    context,
  );
}

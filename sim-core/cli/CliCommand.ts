import type { ParseArgsConfig } from 'node:util';

/** Where a command writes: stdout for results, stderr for progress, warnings and errors. */
export interface CliOutput {
  write(text: string): unknown;
  /** True when the stream is a terminal (the progress bar shows only then). */
  isTTY?: boolean;
}

export interface CliContext {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Relative paths in arguments are resolved against this. */
  cwd: string;
}

/** The parsed arguments of one command (node:util parseArgs, strict). */
export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * One subcommand of `scoda-sim`, in its own file under commands/ and listed in commands/index.ts.
 * `--help` is added to every command by main.ts and prints `usage`.
 */
export interface CliCommand {
  name: string;
  /** One line for `scoda-sim --help`. */
  summary: string;
  /** The full help text of `scoda-sim <name> --help`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals: boolean;
  /** Returns the exit code; throws UserError for bad input. */
  run(args: CliArgs, context: CliContext): Promise<number>;
}

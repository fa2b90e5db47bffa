/**
 * A problem with what the user gave the command line (a flag, a file, a scenario). main.ts prints
 * its message alone, never a stack trace, and exits with `exitCode`.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    message: string,
    /** 2 for a usage mistake (unknown command or flag), 1 for bad input. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

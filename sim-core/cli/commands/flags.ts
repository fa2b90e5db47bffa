import type { CliArgs } from '../CliCommand.ts';
import { UserError } from '../UserError.ts';

/** A whole-number flag from min to max, or undefined when absent; a UserError (exit 2) otherwise. */
export function integerFlag(
  values: CliArgs['values'],
  name: string,
  min: number,
  max: number,
): number | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (typeof text !== 'string' || !/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UserError(`--${name}: expected a whole number from ${min} to ${max}, got "${String(text)}"`, 2);
  }
  return value;
}

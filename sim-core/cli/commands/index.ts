/**
 * The subcommands of `scoda-sim`. Each lives in its own module, loaded only when called, so a
 * command that fails to load never breaks the others. To add one: a
 * file exporting `command: CliCommand` and one line here.
 */
import type { CliCommand } from '../CliCommand.ts';

export interface CommandEntry {
  summary: string;
  load: () => Promise<{ command: CliCommand }>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  run: {
    summary: 'run a scenario and write throughput, KPI and transit-time CSVs',
    load: () => import('./run.ts'),
  },
  experiment: {
    summary: 'run a parameter sweep, Latin hypercube or sensitivity experiment',
    load: () => import('./experiment.ts'),
  },
  seek: {
    summary: 'find the smallest or largest parameter value that meets KPI conditions (95 % confidence)',
    load: () => import('./seek.ts'),
  },
  worker: {
    summary: 'take experiment points from a BullMQ queue on Redis and run them',
    load: () => import('./worker.ts'),
  },
  validate: { summary: 'check scenario files and list every problem', load: () => import('./validate.ts') },
  workbook: {
    summary: 'export a scenario as an .xlsx workbook or CSV files, or import an edited workbook',
    load: () => import('./workbook.ts'),
  },
  scenarios: { summary: 'list the built-in scenarios', load: () => import('./scenarios.ts') },
  calibrate: {
    summary: 'compare a scenario with published figures (calibration)',
    load: () => import('./calibrate.ts'),
  },
};

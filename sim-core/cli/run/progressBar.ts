import type { CliOutput } from '../CliCommand.ts';

const WIDTH = 30;
/** Redraws at most this often, ms: a terminal write per chunk would slow a fast run. */
const INTERVAL_MS = 100;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (a log file or a pipe
 * gets nothing). `done()` clears the line.
 */
export function createProgressBar(
  stream: CliOutput,
  label: string,
): { update(fraction: number): void; done(): void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  const draw = (fraction: number): void => {
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * WIDTH);
    const percent = Math.floor(fraction * 100);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)} %`,
    );
  };
  return {
    update: (fraction) => {
      const now = Date.now();
      if (now - last < INTERVAL_MS && fraction < 1) return;
      last = now;
      draw(fraction);
    },
    done: () => stream.write(`\r${' '.repeat(label.length + WIDTH + 9)}\r`),
  };
}

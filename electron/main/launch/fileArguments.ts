// Which scenario file a launch asks to open: from process.argv (Linux, Windows, and a second
// instance's argv), given as a path or a file:// URL. Flags, the executable and the app folder
// ("." when run as `electron .`) are skipped; the last .json argument wins.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True for names the app opens: .scoda.json, and plain .json (the CLI's scenarios). */
export function isScenarioFileName(name: string): boolean {
  return /\.json$/i.test(name);
}

function toPath(argument: string, workingDirectory: string): string | null {
  if (/^file:\/\//i.test(argument)) {
    try {
      return fileURLToPath(argument);
    } catch {
      return null;
    }
  }
  return isAbsolute(argument) ? argument : resolve(workingDirectory, argument);
}

/**
 * The absolute path of the scenario file in `argv`, or null. `argv` is the whole process.argv
 * (argv[0] is the executable); `workingDirectory` resolves relative paths (a second instance
 * passes its own).
 */
export function scenarioPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  let found: string | null = null;
  let afterDoubleDash = false;
  for (const argument of argv.slice(1)) {
    if (argument === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && argument.startsWith('-')) continue;
    if (!isScenarioFileName(argument.replace(/[?#].*$/, ''))) continue;
    found = toPath(argument, workingDirectory) ?? found;
  }
  return found;
}

import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, decideAfterRendererGone } from './crashPolicy.ts';
import { scenarioPathFromArgv } from './fileArguments.ts';

describe('the scenario file named on the command line', () => {
  it('finds a file passed to the packaged app, resolved against the working directory', () => {
    expect(scenarioPathFromArgv(['/opt/SCODA/scoda', 'plans/more-trains.scoda.json'], '/home/ana')).toBe(
      '/home/ana/plans/more-trains.scoda.json',
    );
  });

  it('skips the app folder and Chromium flags when run as `electron .`', () => {
    const argv = ['/usr/lib/electron', '.', '--no-sandbox', '--inspect=0', '/tmp/plan.scoda.json'];
    expect(scenarioPathFromArgv(argv, '/work')).toBe('/tmp/plan.scoda.json');
    expect(scenarioPathFromArgv(['/usr/lib/electron', '.', '--no-sandbox'], '/work')).toBeNull();
  });

  it('accepts a file:// URL (Linux file managers) and takes the last file when several are given', () => {
    expect(scenarioPathFromArgv(['scoda', 'file:///home/ana/My%20Plan.scoda.json'], '/')).toBe(
      '/home/ana/My Plan.scoda.json',
    );
    expect(scenarioPathFromArgv(['scoda', '/a/first.json', '/a/second.scoda.json'], '/')).toBe(
      '/a/second.scoda.json',
    );
  });

  it('ignores other files and a flag value that looks like a file, but not a file after --', () => {
    expect(scenarioPathFromArgv(['scoda', 'notes.txt', '--config=x.json'], '/')).toBeNull();
    expect(scenarioPathFromArgv(['scoda', '--', '-odd-name.scoda.json'], '/w')).toBe(
      '/w/-odd-name.scoda.json',
    );
  });
});

describe('after the renderer process is gone', () => {
  it('reloads after a crash, but not after a clean exit', () => {
    expect(decideAfterRendererGone('crashed', [], 1_000_000)).toBe('reload');
    expect(decideAfterRendererGone('oom', [], 1_000_000)).toBe('reload');
    expect(decideAfterRendererGone('clean-exit', [], 1_000_000)).toBe('ignore');
  });

  it('gives up on the fourth crash within a minute, and forgets older ones', () => {
    const now = 10_000_000;
    expect(decideAfterRendererGone('crashed', [now - 3_000, now - 2_000, now - 1_000], now)).toBe('give-up');
    const old = now - CRASH_WINDOW_MS - 1;
    expect(decideAfterRendererGone('crashed', [old, old, now - 1_000], now)).toBe('reload');
  });
});

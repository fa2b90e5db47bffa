// electron-builder.yml, checked by electron-builder's own schema (the installers themselves need
// the Electron binary, which cannot be downloaded here).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configOverrides, electronBuilderArgs } from './distArgs.mjs';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));

interface BuilderConfig {
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string; mimeType?: string }[];
  linux?: { target?: unknown[] };
  win?: { target?: unknown[] };
  mac?: { target?: unknown[] };
  files?: { filter: string[] }[];
}

async function effectiveConfig(env: Record<string, string | undefined>): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = await import('builder-util');
  const config = await getConfig(projectDir, 'electron-builder.yml', configOverrides(env));
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

// Importing electron-builder's library takes a few seconds on a cold cache.
describe('electron-builder.yml', { timeout: 60_000 }, () => {
  it('passes electron-builder schema validation and targets every platform', async () => {
    const config = await effectiveConfig({});
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.files?.[0]?.filter).toEqual(expect.arrayContaining(['out/**/*', '!node_modules/**/*']));
  });

  it('associates .scoda.json files with the app', async () => {
    const config = await effectiveConfig({});
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'scoda.json', mimeType: 'application/x-scoda-scenario+json' }),
    ]);
  });

  it('flips the security fuses, with the inspector off in release builds', async () => {
    // Every fuse, so that one added or dropped in electron-builder.yml is a decision a test records.
    expect((await effectiveConfig({})).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('leaves the inspector on only when SCODA_DIST_ALLOW_INSPECT=1 (for Playwright)', async () => {
    const config = await effectiveConfig({ SCODA_DIST_ALLOW_INSPECT: '1' });
    expect(config.electronFuses).toMatchObject({ enableNodeCliInspectArguments: true, runAsNode: false });
    expect(electronBuilderArgs({ SCODA_DIST_ALLOW_INSPECT: '1' }, ['--dir'])).toEqual([
      '--config',
      'electron-builder.yml',
      '--config.electronFuses.enableNodeCliInspectArguments=true',
      '--dir',
    ]);
    expect(electronBuilderArgs({})).toEqual(['--config', 'electron-builder.yml']);
  });
});

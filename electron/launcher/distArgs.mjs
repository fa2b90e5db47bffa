// The electron-builder command line for `npm run dist`. electron-builder.yml is YAML and cannot
// read the environment (its ${env.X} macros work only in file-name patterns, not for booleans),
// so the one setting that depends on the environment is passed as a --config.* override here.

/** Set to 1 to keep Node's --inspect flags working in the packaged app (Playwright needs them). */
export const ALLOW_INSPECT_VARIABLE = 'SCODA_DIST_ALLOW_INSPECT';

/** Overrides merged on top of electron-builder.yml, as electron-builder merges --config.* flags. */
export function configOverrides(env) {
  return env[ALLOW_INSPECT_VARIABLE] === '1'
    ? { electronFuses: { enableNodeCliInspectArguments: true } }
    : {};
}

function flatten(prefix, value) {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => flatten(`${prefix}.${key}`, inner));
  }
  return [`${prefix}=${String(value)}`];
}

/** The arguments after `electron-builder`; `extra` are the user's own (e.g. --dir, --linux). */
export function electronBuilderArgs(env, extra = []) {
  return ['--config', 'electron-builder.yml', ...flatten('--config', configOverrides(env)), ...extra];
}

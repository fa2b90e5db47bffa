export declare const ALLOW_INSPECT_VARIABLE: 'SCODA_DIST_ALLOW_INSPECT';
export declare function configOverrides(env: Record<string, string | undefined>): {
  electronFuses?: { enableNodeCliInspectArguments: boolean };
};
export declare function electronBuilderArgs(
  env: Record<string, string | undefined>,
  extra?: readonly string[],
): string[];

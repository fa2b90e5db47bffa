#!/usr/bin/env node
// The `scoda-sim` launcher (package.json "bin"). The command line is TypeScript run through tsx,
// a dev dependency: the launcher works in a clone of the repository after `npm install`, not as a
// package installed without its dev dependencies. tsx is registered in this process rather than
// re-executing node with `--import tsx`, so there is one process, and exit codes and signals need
// no relaying. Worker threads register tsx themselves (cli/tsWorker.mjs).
import { register } from 'tsx/esm/api';

register();
// `scoda-sim scenarios | head`: the reader closing the pipe early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});

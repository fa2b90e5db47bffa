// The built web app served by `vite preview` for a benchmark, in its own process group so that
// stopping it also stops the vite process npx starts under it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PreviewServer {
  url: string;
  stop(): void;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

/** Serves `outDir` (a `vite build` of the web app) on 127.0.0.1:`port` once it answers. */
export async function startPreviewServer(port: number, outDir = 'out/web'): Promise<PreviewServer> {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir} is missing: run \`npm run build:web\` first.`);
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      // Absolute: the web config's root is renderer/, and vite resolves a relative outDir there.
      resolve(outDir),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = (): void => {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startWorkbench } from './app/startWorkbench.ts';
// Bundled fonts, so Chinese and Russian render on a machine that has no CJK or Cyrillic font.
// Each file is split by unicode-range into small woff2 pieces; the browser fetches only the pieces
// of the characters on screen (Noto Sans SC: 101 pieces, 2.4 MB in all, a few hundred kB used).
// Noto Sans through its whole-weight files: their @font-face rules carry each subset's
// unicode-range. The single-subset files (latin-400.css, ...) carry none, so their faces claimed
// every code point, and Chinese text fell on them and showed as empty boxes in Chromium.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';

// The launch's scenario, its shipped run and the worker start loading now, beside the first
// render, not after it (App starts the workbench too, for hosts that render it without main.tsx).
void startWorkbench();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

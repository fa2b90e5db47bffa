import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
// Bundled fonts, so Chinese and Russian render on a machine that has no CJK or Cyrillic font.
// Each file is split by unicode-range into small woff2 pieces; the browser fetches only the pieces
// of the characters on screen (Noto Sans SC: 101 pieces, 2.4 MB in all, a few hundred kB used).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

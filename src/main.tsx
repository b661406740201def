import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { loadLang, useLang } from './ui/i18n/index.ts';
import { startEarly } from './worker/client.ts';

const root = document.getElementById('root');
if (!root) throw new Error('netns-lab: #root is missing from index.html');
// The engine starts loading now, beside the page (App attaches it).
startEarly();
// A page in Chinese waits for its strings (a chunk of their own), so it never shows English first.
await loadLang(useLang.getState().lang);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

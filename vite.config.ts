import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `npm start` serves here; the e2e suite uses its own port (4174) so both can run at once. */
const PREVIEW_PORT = 4173;

export default defineConfig({
  // Relative asset paths, so dist/ can be served from any sub-path.
  base: './',
  plugins: [react()],
  // The engine runs in a module worker (src/worker/worker.ts).
  worker: { format: 'es' },
  // Every browser the lab supports has modulepreload (Chromium 66, Firefox 115, Safari 17).
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // The libraries every page needs in one chunk: split among the lazy chunks' shared parts they
    // compress worse, and the first load pays for it.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@xyflow|d3-[a-z]+|zustand|zundo|use-sync-external-store|classcat|comlink|idb-keyval)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: { port: PREVIEW_PORT, strictPort: true },
  server: { port: 5173 },
});

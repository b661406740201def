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
  build: { target: 'es2022', sourcemap: true },
  preview: { port: PREVIEW_PORT, strictPort: true },
  server: { port: 5173 },
});

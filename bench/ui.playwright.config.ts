// The UI benchmarks (bench/ui-*.spec.ts) with the e2e suite's browser, port and build, but kept out
// of `npm test`: their figures depend on how busy the machine is. Run them with
//   E2E_PORT=4175 npx playwright test -c bench/ui.playwright.config.ts

import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'ui-*.spec.ts',
  outputDir: `${root}/${base.outputDir}`,
  webServer:
    base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: root } : base.webServer,
});

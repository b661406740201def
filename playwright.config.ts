import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a browser Playwright downloads. scripts/find-chromium.sh finds or installs
// it and exports CHROMIUM_PATH; this default is where Debian puts it.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Its own port, so the suite can run while `npm start` serves on 4173. E2E_PORT picks another port
 * (and a build directory of its own), so two suites can run side by side during development.
 */
const PORT = Number(process.env.E2E_PORT || 4174);
const baseURL = `http://127.0.0.1:${PORT}/`;
const outDir = process.env.E2E_PORT ? `dist-e2e-${PORT}` : 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_PORT ? `test-results-${PORT}` : 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // Every wait is on a condition, so a generous budget costs nothing when the machine is quiet and
  // keeps the suite green when CI shares the 2 cores with another heavy job (steps then take ~1 s).
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    // A screenshot of every test, passed or failed, lands in test-results/.
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: baseURL,
    // Always a fresh build: a server left over from an earlier run would test stale code.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

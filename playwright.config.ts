import { defineConfig, devices } from '@playwright/test';

/**
 * Runs against the production build (`vite preview`): the mock provider must work in the built
 * static site, not only on the dev server. Chromium is Debian's by default; set
 * PLAYWRIGHT_CHROMIUM_PATH to another binary, or to an empty string for Playwright's own.
 */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// Ports can be moved (E2E_APP_PORT, E2E_OP_PORT, E2E_HOSTILE_PORT, E2E_STATIC_PORT, E2E_LLNG_PORT,
// E2E_DEV_PORT) so two checkouts can run their suites side by side; e2e/support/servers.ts reads the others.
const port = Number(process.env.E2E_APP_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Specs exported by e2e/export-spec.spec.ts land here; they are run by that test, not by the suite.
  testIgnore: ['generated/**', 'separate-spa/**'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI so a machine hiccup does not block a landing; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixels: 0, animations: 'disabled', caret: 'hide' } },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace costs every test its snapshots; on CI (one retry) only the retry of a failed
    // test records one, which is the trace that explains a failure that happens twice.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    timezoneId: 'UTC',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: executablePath || undefined,
          args: [
            ...(isRoot ? ['--no-sandbox'] : []),
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  // Servers only some specs need (the real providers, the hostile one, the sub-path build, the dev
  // server) start when the first of those specs runs: e2e/support/servers.ts, needsServers() in a spec.
  globalSetup: './e2e/support/global-setup.ts',
  globalTeardown: './e2e/support/global-teardown.ts',
  webServer: {
    // E2E_PREBUILT=1: `npm test` has just built dist/ for `npm run size`; the suite serves that build
    // instead of building it again. Otherwise build afresh: a dist/ left from earlier could be stale.
    command: `${process.env.E2E_PREBUILT === '1' ? '' : 'npx vite build --logLevel warn && '}npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    // Never reuse a server left running: it would serve a stale dist/.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});

import { defineConfig, devices } from '@playwright/test';
import { STATIC_BASE, STATIC_OUT_DIR, STATIC_PORT } from './e2e/support/static-host';

/**
 * Runs against the production build (`vite preview`): the mock provider must work in the built
 * static site, not only on the dev server. Chromium is Debian's by default; set
 * PLAYWRIGHT_CHROMIUM_PATH to another binary, or to an empty string for Playwright's own.
 */
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// Ports can be moved (E2E_APP_PORT, E2E_OP_PORT, E2E_HOSTILE_PORT, E2E_STATIC_PORT, E2E_LLNG_PORT) so two checkouts can run their suites side by side.
const port = Number(process.env.E2E_APP_PORT ?? 4173);
const opPort = Number(process.env.E2E_OP_PORT ?? 4455);
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? opPort + 11);
const llngPort = Number(process.env.E2E_LLNG_PORT ?? 4600);
// The dev server (`npm start`) for the dev-proxy spec: the only place the opt-in local proxy exists.
const devPort = Number(process.env.E2E_DEV_PORT ?? 5273);

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
    trace: 'retain-on-failure',
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
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      // Always build and serve afresh: a server left running would serve a stale dist/.
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // A certified OpenID Provider on loopback for the real-provider specs (e2e/support/real-provider.ts).
      // The dev server's origin is registered too, but gets no CORS headers from the token and userinfo endpoints.
      command: `node e2e/support/real-provider-main.mjs --port ${opPort} --app-origin http://127.0.0.1:${port} --no-cors-app-origin http://127.0.0.1:${devPort}`,
      url: `http://127.0.0.1:${opPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // LemonLDAP::NG, a second, independent OpenID Provider (Perl, Debian's packages), for
      // e2e/second-provider.spec.ts (e2e/support/lemonldap.ts). Missing packages are installed when
      // root (scripts/install-lemonldap.sh); otherwise the command prints what to run and fails.
      command: `node e2e/support/lemonldap-main.mjs --port ${llngPort} --app-origin http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${llngPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      // A hostile OpenID Provider on loopback for e2e/hostile-provider.spec.ts (e2e/support/hostile-provider.mjs).
      command: `node e2e/support/hostile-provider.mjs --port ${hostilePort}`,
      url: `http://127.0.0.1:${hostilePort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same app built under a sub-path and served by a plain file server with no fallback and no
      // rewrites (e2e/static-host.spec.ts): deploy anywhere, proven.
      command: `npx vite build --base=${STATIC_BASE} --outDir ${STATIC_OUT_DIR} --logLevel error && node e2e/support/static-server.mjs --root ${STATIC_OUT_DIR} --base ${STATIC_BASE} --port ${STATIC_PORT}`,
      url: `http://127.0.0.1:${STATIC_PORT}${STATIC_BASE}`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The dev server with its opt-in local proxy (scripts/dev-proxy-plugin.ts), for e2e/dev-proxy.spec.ts.
      command: `npx vite --port ${devPort} --strictPort --logLevel warn`,
      url: `http://127.0.0.1:${devPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});

import { test as base, expect } from '@playwright/test';
import { ComposePage } from './pages/compose-page';
import { MockLoginPage } from './pages/mock-login-page';
import { ResultsPage } from './pages/results-page';
import { ensureServers, SERVERS, type ServerName } from './support/servers';

interface Pages {
  compose: ComposePage;
  login: MockLoginPage;
  results: ResultsPage;
}

const SERVICE_WORKER_UPDATE_CHECK = /^Failed to update a ServiceWorker for scope \(.*\) with script \('Unknown'\)/;

/** Page objects as fixtures; every test also fails on a console error or an uncaught exception. */
export const test = base.extend<Pages & { consoleErrors: string[]; allowedConsoleErrors: RegExp | undefined; cspViolations: string[] }>({
  /**
   * Every Content-Security-Policy violation on the playground's own pages fails the test: the
   * built site ships a strict policy (src/app/security-headers.ts) and must run whole under it.
   */
  cspViolations: [
    async ({ page, baseURL }, use) => {
      const violations: string[] = [];
      const appOrigin = new URL(baseURL!).origin;
      await page.exposeFunction('__reportCspViolation', (documentUri: string, directive: string, blocked: string) => {
        if (documentUri.startsWith(appOrigin)) violations.push(`${directive} blocked ${blocked || '(inline)'} on ${documentUri}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void (window as unknown as { __reportCspViolation: (...args: string[]) => Promise<void> }).__reportCspViolation(
            event.documentURI,
            event.effectiveDirective,
            event.blockedURI,
          );
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations during the test').toEqual([]);
    },
    { auto: true },
  ],
  /** Console errors a test provokes on purpose (a browser logs every failed HTTP status). */
  allowedConsoleErrors: [undefined, { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      // Chromium logs a failed background update check of the app's service worker when a test
      // navigates or closes while the worker installs; the page is unaffected and the next visit
      // checks again (e2e/offline.spec.ts proves the worker works).
      const unexpected = errors.filter((text) => !allowedConsoleErrors?.test(text) && !SERVICE_WORKER_UPDATE_CHECK.test(text));
      expect(unexpected, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  compose: async ({ page }, use) => use(new ComposePage(page)),
  login: async ({ page }, use) => use(new MockLoginPage(page)),
  results: async ({ page }, use) => use(new ResultsPage(page)),
});

export { expect };
export { TEST_IDS, type TestId } from '../src/test-ids';
export { byTestId } from './support/by-test-id';

/**
 * Starts, before the spec's first test, the servers it needs beyond the app (e2e/support/servers.ts):
 * a run that does not select the spec does not pay for them.
 */
export function needsServers(...names: ServerName[]): void {
  test.beforeAll(async () => {
    test.setTimeout(Math.max(...names.map((name) => SERVERS[name].timeoutMs)) + 10_000);
    await ensureServers(names);
  });
}

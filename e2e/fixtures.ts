import { test as base, expect } from '@playwright/test';
import { ComposePage } from './pages/compose-page';
import { MockLoginPage } from './pages/mock-login-page';
import { ResultsPage } from './pages/results-page';

interface Pages {
  compose: ComposePage;
  login: MockLoginPage;
  results: ResultsPage;
}

/** Page objects as fixtures; every test also fails on a console error or an uncaught exception. */
export const test = base.extend<Pages & { consoleErrors: string[]; allowedConsoleErrors: RegExp | undefined }>({
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
      const unexpected = errors.filter((text) => !allowedConsoleErrors?.test(text));
      expect(unexpected, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  compose: async ({ page }, use) => use(new ComposePage(page)),
  login: async ({ page }, use) => use(new MockLoginPage(page)),
  results: async ({ page }, use) => use(new ResultsPage(page)),
});

export { expect };
export { TEST_IDS } from '../src/test-ids';

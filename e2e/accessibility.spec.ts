import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, TEST_IDS } from './fixtures';

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(serious).toEqual([]);
}

/**
 * Both themes on each screen, reached once: the theme follows the system setting until the person
 * chooses one, so switching the emulated setting repaints the screen (colour contrast is per theme).
 */
async function expectNoSeriousViolationsInEitherTheme(page: Page) {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoSeriousViolations(page);
  }
}

test.describe('both themes', () => {
  // axe in two themes, over a whole sign-in above all, takes longer than one flow.
  test.slow();
  // Chromium's background update check of the mock's worker was once answered 404 mid-run; it does not affect the page.
  test.use({ allowedConsoleErrors: /Failed to update a ServiceWorker/ });

  test('the compose screen has no serious or critical axe violations', async ({ page, compose }) => {
    await compose.open();
    await expect(page.locator('.cm-content').first()).toBeVisible();
    await expectNoSeriousViolationsInEitherTheme(page);
  });

  // One test per screen, so the two workers share them.
  for (const path of ['/learn', '/learn?lesson=01-scope-vs-claim', '/scenarios', '/catalogue', '/compare', '/results', '/signed-out', '/nowhere']) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1, h2').first()).toBeVisible();
      await expectNoSeriousViolationsInEitherTheme(page);
    });
  }

  test('mock login and results screens have no serious or critical axe violations', async ({ page, compose, login, results }) => {
    await compose.open();
    await compose.start();
    await expect(page.getByTestId(TEST_IDS.mockLoginSubmit)).toBeVisible();
    await expectNoSeriousViolationsInEitherTheme(page);
    await login.signIn();
    await results.waitForRun();
    await expectNoSeriousViolationsInEitherTheme(page);
  });
});

test('the whole flow works from the keyboard alone, with a visible focus', async ({ page, compose }) => {
  await compose.open();
  await compose.startButton.focus();
  await expect(compose.startButton).toBeFocused();
  const outline = await compose.startButton.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  const submit = page.getByTestId(TEST_IDS.mockLoginSubmit);
  await expect(submit).toBeVisible();
  // Tab from the password field to the Sign in button, then press it.
  await page.getByLabel('Password').focus();
  await page.keyboard.press('Tab');
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(TEST_IDS.signatureStatus)).toBeVisible();
});

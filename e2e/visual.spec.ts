import type { Page } from '@playwright/test';
import { SCENARIOS } from '../src/domain/scenarios';
import { test, expect, TEST_IDS } from './fixtures';

/**
 * The visual regression suite: every screen and every scenario, in both themes, in
 * deterministic mode (fixed clock and seed), so a screenshot changes only when the screen does.
 */
const DETERMINISTIC = 'clock=2026-01-15T09%3A30%3A00Z&seed=visual';

test.use({ allowedConsoleErrors: /status of 400/ });

async function openDeterministic(page: Page, path = '/') {
  await page.goto(`/?${DETERMINISTIC}`);
  await expect(page.getByTestId(TEST_IDS.startSignin)).toBeVisible();
  if (path !== '/') await page.goto(path);
}

/** Runs a scenario from its card, confirming the replacement when the card asks (the URL's clock and seed are an edit). */
async function runScenario(page: Page, id: string) {
  await page.locator(`[data-scenario="${id}"]`).getByRole('button', { name: 'Run' }).click();
  const confirm = page.getByTestId(TEST_IDS.confirmReplace);
  const verdict = page.getByTestId(TEST_IDS.scenarioVerdict);
  await expect(confirm.or(verdict)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(verdict).toBeVisible();
}

/**
 * What shows the origin the suite serves the app from (E2E_APP_PORT moves it): the authorize request
 * (its redirect_uri and the mock's endpoint) and the permalink. Masked, so the baselines hold on any
 * port; what the mock issues does not depend on the origin in deterministic mode (src/domain/mock-issuer.ts).
 */
function originMasks(page: Page) {
  return [page.getByTestId(TEST_IDS.authorizeUrl), page.getByTestId(TEST_IDS.permalink), page.getByTestId(TEST_IDS.redirectUri)];
}

async function settle(page: Page) {
  // The fonts are local (DejaVu), so there is no web font to wait for: only the page and its busy states.
  await page.waitForLoadState('load');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // A lazy screen's loading fallback must be gone, not captured beside the screen.
  await expect(page.locator('p.loading')).toHaveCount(0);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((value) => window.localStorage.setItem('oidc-playground.preferences', JSON.stringify({ theme: value, largeText: false })), theme);
    });

    test('compose screen', async ({ page }) => {
      await openDeterministic(page);
      await expect(page.locator('.cm-content')).toHaveCount(3);
      await settle(page);
      await expect(page).toHaveScreenshot(`compose-${theme}.png`, { fullPage: true, mask: originMasks(page) });
    });

    test('scenarios, catalogue, empty results and empty compare screens', async ({ page }) => {
      for (const [path, name] of [['/scenarios', 'scenarios'], ['/catalogue', 'catalogue'], ['/results', 'results-empty'], ['/compare', 'compare-empty']] as const) {
        await openDeterministic(page, path);
        await settle(page);
        await expect(page).toHaveScreenshot(`${name}-${theme}.png`, { fullPage: true, mask: originMasks(page) });
      }
    });

    test('mock login page', async ({ page }) => {
      await openDeterministic(page);
      await page.getByTestId(TEST_IDS.startSignin).click();
      await expect(page.getByTestId(TEST_IDS.mockLoginSubmit)).toBeVisible();
      await settle(page);
      await expect(page).toHaveScreenshot(`mock-login-${theme}.png`, { mask: originMasks(page) });
    });

    for (const scenario of SCENARIOS) {
      test(`results of scenario ${scenario.id}`, async ({ page }) => {
        await openDeterministic(page, '/scenarios');
        await runScenario(page, scenario.id);
        await expect(page.getByTestId(TEST_IDS.scenarioVerdict)).toHaveAttribute('data-outcome', 'matched');
        await settle(page);
        await expect(page).toHaveScreenshot(`scenario-${scenario.id}-${theme}.png`, { fullPage: true, mask: originMasks(page) });
      });
    }

    test('compare screen after adding address to the policy', async ({ page }) => {
      await openDeterministic(page, '/scenarios');
      await runScenario(page, 'policy-drops-address');
      await page.goto('/scenarios');
      await runScenario(page, 'address-added-to-policy');
      await page.getByRole('link', { name: 'Compare' }).click();
      await expect(page.getByTestId(TEST_IDS.scopeChange)).toBeVisible();
      await settle(page);
      await expect(page).toHaveScreenshot(`compare-${theme}.png`, { fullPage: true, mask: originMasks(page) });
    });
  });
}

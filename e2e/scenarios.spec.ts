import { SCENARIOS } from '../src/domain/scenarios/scenarios';
import { test, expect, TEST_IDS } from './fixtures';

test.use({ allowedConsoleErrors: /status of 400/ });

// Every scenario is run from its card, and its verdict checked (matched, and what it teaches), by the
// visual suite (e2e/visual.spec.ts), which captures its results in both themes: one run per scenario.
// Here, one scenario without a clock or a seed, as a person runs it.
test('a scenario run without deterministic mode matches its stated expectation', async ({ page }) => {
  const scenario = SCENARIOS.find((s) => s.id === 'claims-parameter-gender')!;
  await page.goto('/scenarios');
  const card = page.locator(`[data-scenario="${scenario.id}"]`);
  await card.getByRole('button', { name: 'Run' }).click();

  await expect(page).toHaveURL(/\/results$/);
  const verdict = page.getByTestId(TEST_IDS.scenarioVerdict);
  await expect(verdict).toBeVisible();
  await expect(verdict, await verdict.innerText()).toHaveAttribute('data-outcome', 'matched');
  await expect(verdict).toContainText(scenario.teaches);
  await expect(page.getByTestId(TEST_IDS.deterministicNotice)).toHaveCount(0);
});

test('Load fills the compose screen without starting', async ({ page, compose }) => {
  await page.goto('/scenarios');
  await page.locator('[data-scenario="claims-parameter-gender"]').getByRole('button', { name: 'Load' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(compose.authorizeUrl).toContainText('claims={"userinfo":{"gender":null},"id_token":{"gender":null}}');
  await expect(compose.scopes.getByRole('checkbox', { name: 'email' })).not.toBeChecked();
});

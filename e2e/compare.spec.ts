import { test, expect, TEST_IDS, byTestId } from './fixtures';

test('run, add address to the policy, run again: the diff shows address granted and its claim added', async ({ page }) => {
  await page.goto('/scenarios');
  await page.locator('[data-scenario="policy-drops-address"]').getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId(TEST_IDS.scenarioVerdict)).toHaveAttribute('data-outcome', 'matched');

  await page.getByRole('link', { name: 'Scenarios' }).click();
  await page.locator('[data-scenario="address-added-to-policy"]').getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId(TEST_IDS.scenarioVerdict)).toHaveAttribute('data-outcome', 'matched');

  await page.getByRole('link', { name: 'Compare' }).click();
  const change = page.getByTestId(TEST_IDS.scopeChange);
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute('data-scope', 'address');
  await expect(change).toHaveAttribute('data-before', 'dropped-by-policy');
  await expect(change).toHaveAttribute('data-after', 'granted');
  const added = byTestId(page, TEST_IDS.claimChange, { target: 'userinfo', claim: 'address' });
  await expect(added).toHaveAttribute('data-change', 'added');
  await expect(byTestId(page, TEST_IDS.claimChange, { target: 'id_token' })).toHaveCount(0);

  await page.getByLabel('Include claims that change on every run').check();
  await expect(byTestId(page, TEST_IDS.claimChange, { target: 'id_token', claim: 'nonce' })).toBeVisible();
});

test('with fewer than two runs the compare screen says how to get some', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByText('Comparing needs two runs in this tab')).toBeVisible();
});

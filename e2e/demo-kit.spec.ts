import { test, expect, TEST_IDS, byTestId } from './fixtures';

test('a saved demo survives a reload, can be renamed, opens in presenter mode, and its link brings it back in a fresh browser', async ({ page, compose, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await compose.open('?user=minimal&scope=openid%20profile&brand_name=Acme%20ID&brand_accent=%23aa3300');
  const kit = page.getByRole('region', { name: 'Demo kit' });
  await kit.getByRole('button', { name: 'Save as demo' }).click();
  await expect(kit.getByRole('alert')).toHaveText('Give the demo a name, such as the customer’s.');
  await kit.getByLabel('Demo name').fill('Acme kickoff');
  await kit.getByRole('button', { name: 'Save as demo' }).click();
  await expect(kit.getByRole('status')).toHaveText('Saved “Acme kickoff”.');

  await page.reload();
  const demos = byTestId(page, TEST_IDS.savedDemos);
  await expect(demos.getByRole('strong').getByText('Acme kickoff')).toBeVisible();
  await demos.getByRole('button', { name: 'Rename Acme kickoff' }).click();
  await demos.getByLabel('New name for Acme kickoff').fill('Acme, second call');
  await demos.getByRole('button', { name: 'Save name' }).click();
  await expect(demos.getByRole('strong').getByText('Acme, second call')).toBeVisible();
  await page.reload();
  await expect(demos.getByRole('strong').getByText('Acme, second call')).toBeVisible();

  // Something else composed since; opening the demo brings its composition back, in presenter mode.
  await compose.requestScopes(['openid', 'email']);
  await demos.getByRole('button', { name: 'Open Acme, second call' }).click();
  await expect(compose.authorizeUrl).toContainText('scope=openid profile');
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');

  await demos.getByRole('button', { name: 'Copy link to Acme, second call' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/presenter=1/);
  expect(link).not.toMatch(/access_token|code_verifier|[?&]code=/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('html')).toHaveAttribute('data-presenter', 'on');
  await byTestId(other, TEST_IDS.startSignin).click();
  await expect(other.getByText('Acme ID', { exact: true })).toBeVisible();
  await expect(other.getByText('The provider asks Mina Lee to sign in.')).toBeVisible();
  await fresh.close();

  await demos.getByRole('button', { name: 'Delete Acme, second call' }).click();
  await expect(demos).toHaveCount(0);
  await page.reload();
  await expect(byTestId(page, TEST_IDS.savedDemos)).toHaveCount(0);
});

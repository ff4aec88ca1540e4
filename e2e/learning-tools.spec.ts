import { test, expect, TEST_IDS } from './fixtures';

test('tampering with the id_token payload turns the signature check invalid', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  const editor = page.getByRole('textbox', { name: 'Tampered id_token payload JSON' });
  await page.getByRole('button', { name: 'Check the signature' }).click();
  await expect(page.getByTestId(TEST_IDS.tamperStatus)).toHaveAttribute('data-status', 'valid');

  const payload = JSON.parse(await editor.inputValue());
  await editor.fill(JSON.stringify({ ...payload, sub: 'someone-else' }, null, 2));
  await page.getByRole('button', { name: 'Check the signature' }).click();
  await expect(page.getByTestId(TEST_IDS.tamperStatus)).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId(TEST_IDS.tamperStatus)).toContainText('change one character');
  // The real token is untouched.
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
});

test('every panel that shows a token follows one "Reveal tokens" switch, masked until revealed', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  const reveal = page.getByRole('checkbox', { name: 'Reveal tokens' });
  await expect(reveal).toHaveCount(2);
  const tokenResponse = page.getByTestId(TEST_IDS.tokenResponse);
  await expect(tokenResponse).toContainText('(16 chars)');
  const accessToken = String((await results.json(TEST_IDS.tokenResponse)).access_token);
  expect(accessToken).toHaveLength(16);
  // Revealing in one panel reveals in the other: the two switches are one.
  await expect(reveal.last()).toBeChecked();
  await reveal.last().uncheck();
  await expect(reveal.first()).not.toBeChecked();
  await expect(tokenResponse).not.toContainText(accessToken);

  const steps = page.getByTestId(TEST_IDS.sequenceStep);
  await expect(steps.filter({ hasText: 'GET /mock-op/authorize' })).toHaveCount(1);
  const tokenStep = steps.filter({ hasText: 'POST /mock-op/token' });
  await tokenStep.locator('summary').click();
  await expect(tokenStep.locator('.raw-http')).toContainText('grant_type=authorization_code');
  await expect(tokenStep.locator('.raw-http')).not.toContainText(accessToken);
  await expect(tokenStep.locator('.raw-http')).toContainText(`${accessToken.slice(0, 6)}…(16 chars)`);

  await reveal.last().check();
  await expect(tokenStep.locator('.raw-http')).toContainText(accessToken);
  await expect(tokenResponse).toContainText(accessToken);
  // Discovery is fetched once per sign-in: the callback reuses the checked document.
  await expect(steps.filter({ hasText: 'GET /mock-op/.well-known/openid-configuration' })).toHaveCount(1);
  for (const label of ['POST /mock-op/token', 'GET /mock-op/userinfo', 'GET /mock-op/jwks']) {
    await expect(steps.filter({ hasText: label }).first()).toBeVisible();
  }
});

test('the catalogue shows scope → claim → attribute → type from the one catalogue', async ({ page }) => {
  await page.goto('/catalogue');
  const row = page.locator('tr[data-claim="preferred_username"]');
  await expect(row).toContainText('displayName');
  await expect(row).toContainText('string');
  await expect(page.locator('tr[data-claim="updated_at"]')).toContainText('number');
  await expect(page.getByRole('region', { name: 'Custom claims and scopes of the mock’s login policy' })).toContainText('company_name');
});

import { test, expect, TEST_IDS } from './fixtures';
import { replaceEditorText } from './support/code-editor';

test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of (400|401|500)/ });

test('a disallowed scope can be rejected with invalid_scope instead of dropped', async ({ page, compose, results }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'address']);
  await page.getByLabel('A requested scope the policy does not allow is').selectOption('reject');
  await compose.start();
  await expect(results.flowError).toContainText('invalid_scope');
  await expect(results.flowError).toContainText('address');
  await expect(results.flowError).toHaveAttribute('data-hint', 'scope-refused-named');
  await expect(page.getByText('The provider refused "address"')).toBeVisible();
  await expect(page.getByText('openid is among them')).toHaveCount(0);
});

test('"token endpoint answers invalid_grant" breaks the next sign-in only', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByLabel('Token endpoint answers invalid_grant').check();
  await compose.start();
  await login.signIn();
  await expect(results.flowError).toContainText('invalid_grant');
  await expect(page.getByText('Reported at the token step')).toBeVisible();

  await page.getByRole('link', { name: 'Edit the request and run again' }).click();
  await expect(page.getByLabel('Token endpoint answers invalid_grant')).not.toBeChecked();
  await compose.start();
  await results.waitForRun();
});

test('"userinfo answers 500" is reported at the userinfo step', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByLabel('Userinfo answers 500').check();
  await compose.start();
  await login.signIn();
  await expect(results.flowError).toContainText('server_error');
  await expect(page.getByText('Reported at the userinfo step')).toBeVisible();
  // The tokens obtained before the failing step are still shown, verified.
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  expect((await results.json(TEST_IDS.tokenResponse)).token_type).toBe('Bearer');
  expect(await results.json(TEST_IDS.idTokenPayload)).toHaveProperty('sub');
  await expect(page.getByTestId(TEST_IDS.userinfoResponse)).toHaveCount(0);
});

test('an unknown client_id gets the provider error page, never a redirect', async ({ page, compose }) => {
  await compose.open();
  await page.getByLabel('Client ID').fill('nobody');
  await compose.start();
  await expect(page).toHaveURL(/\/mock-op\/authorize/);
  await expect(page.getByTestId(TEST_IDS.flowError)).toContainText('invalid_client');
});

test('a wrong attribute name in the login policy is a configuration error naming the closest one', async ({ page, compose }) => {
  await compose.open();
  await page.getByRole('button', { name: 'Show the mock user profile and login policy (JSON)' }).click();
  const editor = page.getByRole('textbox', { name: 'Mock login policy JSON' });
  await expect(page.locator('.cm-content[aria-label="Mock login policy JSON"]')).toBeVisible();
  await replaceEditorText(editor, '{"customClaims": {"id_token": {"consent_email_marketing": "EMAIL_MARKETING_OPTIN"}}}');
  await expect(page.locator('#mockPolicy-messages')).toContainText('did you mean "email_marketing_optIn"');
  await expect(compose.startButton).toBeDisabled();
});

import { needsServers, test, expect, TEST_IDS } from './fixtures';
import { byTestId } from './support/by-test-id';
import { REAL_PROVIDER_ISSUER, REAL_SERVICE_CLIENT } from './support/real-provider';

needsServers('realProvider');
// Userinfo refuses the client's token (401): the browser logs it.
test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 401/ });
test.describe.configure({ timeout: 90_000 });

test('client credentials against oidc-provider: its discovery offers the grant, the client gets a token in its own name, userinfo refuses it', async ({ page, compose, results }) => {
  await compose.openRealProvider(REAL_PROVIDER_ISSUER, REAL_SERVICE_CLIENT.clientId);
  await expect(page.locator('[data-switch="clientCredentials"]')).toHaveAttribute('data-available', 'yes');
  await page.getByLabel('Client secret (confidential clients only)').fill(REAL_SERVICE_CLIENT.secret);
  await page.getByRole('checkbox', { name: 'Client credentials (no user, no redirect)' }).check();
  await compose.requestScopes([]);
  // The preview is the token request to the endpoint discovery named, with the typed client; the secret is never shown.
  const preview = byTestId(page, TEST_IDS.tokenRequestPreview);
  await expect(preview.locator('pre')).toContainText(/^POST http:\/\/\S+\/token/);
  await expect(preview.locator('pre')).toContainText(`Authorization: Basic base64(${REAL_SERVICE_CLIENT.clientId}:<client secret>)`);
  await expect(preview).toContainText('No scope: the token request carries none');
  await expect(compose.startButton).toHaveText('Request a token');
  await compose.start();

  await results.waitForRun();
  await expect(byTestId(page, TEST_IDS.clientCredentialsNotice)).toHaveAttribute('data-userinfo-refused', 'true');
  const token = await results.json(TEST_IDS.tokenResponse);
  expect(token).toHaveProperty('access_token');
  expect(token).not.toHaveProperty('id_token');
  const changes = page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange);
  expect(await changes.evaluateAll((items) => items.map((item) => item.getAttribute('data-change')))).toEqual(['client-credentials']);
  // The secret went in a Basic header and was never recorded.
  await expect(page.locator('body')).not.toContainText(REAL_SERVICE_CLIENT.secret);
});

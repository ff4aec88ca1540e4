import { needsServers, test, expect, TEST_IDS, byTestId } from './fixtures';
import type { ComposePage } from './pages/compose-page';
import { signInAtRealProvider } from './pages/real-provider-login';
import { REAL_PROVIDER_APP_ORIGIN, REAL_PROVIDER_ISSUER } from './support/real-provider';

needsServers('realProvider');

const ISSUER = REAL_PROVIDER_ISSUER;

// oidc-provider's own pages ask for a web font and a favicon that this offline machine cannot load.
test.use({ allowedConsoleErrors: /Failed to load resource: (net::ERR_NAME_NOT_RESOLVED|the server responded with a status of 404)/ });
const CLIENT_ID = 'playground-e2e';

async function useRealProvider(compose: ComposePage, issuer = ISSUER, clientId = CLIENT_ID) {
  const { page } = compose;
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Issuer URL', { exact: true }).fill(issuer);
  await page.getByLabel('Client ID').fill(clientId);
}

test('the full flow against oidc-provider: discovery, its own login and consent, verified tokens, claims honoured', async ({ page, compose, results }) => {
  await compose.open();
  await useRealProvider(compose);
  await page.getByRole('button', { name: 'Fetch discovery' }).click();
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'ok');
  await expect(page.getByRole('region', { name: 'Discovery document' })).toContainText('claims_parameter_supported');
  await expect(page.getByTestId(TEST_IDS.redirectUri)).toHaveText(`${REAL_PROVIDER_APP_ORIGIN}/callback`);

  await compose.requestScopes(['openid', 'email']);
  await compose.typeClaims('{"id_token":{"gender":null},"userinfo":{"given_name":null}}');
  await compose.start();
  await expect(page).toHaveURL((url) => url.origin === new URL(ISSUER).origin);
  await signInAtRealProvider(page);

  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  await expect(page.locator('[data-check][data-outcome="fail"]')).toHaveCount(0);
  const payload = await results.json(TEST_IDS.idTokenPayload);
  expect(payload).toMatchObject({ iss: ISSUER, aud: CLIENT_ID, gender: 'female' });
  const userinfo = await results.json(TEST_IDS.userinfoResponse);
  expect(userinfo).toMatchObject({ email: 'ada@example.test', given_name: 'Ada' });
  expect(await results.scopeOutcomes()).toEqual({ openid: 'granted', email: 'granted' });
  await expect(byTestId(page, TEST_IDS.claimOutcome, { claim: 'gender', target: 'id_token' })).toHaveAttribute('data-source', 'claims-request');
  // No policy is visible from here: the verdicts rest on the token response, and say so.
  await expect(results.scopeOutcome('email')).toHaveAttribute('data-reason', 'listed-in-token-response');
  await expect(page.locator('#scopes-explained')).not.toContainText('policy');
  // Nothing asked for in the id_token is missing, so no id_token row is "missing".
  await expect(byTestId(page, TEST_IDS.claimOutcome, { target: 'id_token', outcome: 'missing' })).toHaveCount(0);
  await expect(page.locator('[data-check="authorization-response-iss"]')).toHaveCount(1);
});

test('a scope the client may not have is left out of the grant, and the scope table says so', async ({ page, compose, results }) => {
  await compose.open();
  await useRealProvider(compose);
  await compose.requestScopes(['openid', 'email', 'phone']);
  await compose.start();
  await signInAtRealProvider(page);
  await results.waitForRun();
  expect(await results.scopeOutcomes()).toEqual({ openid: 'granted', email: 'granted', phone: 'dropped-by-policy' });
  await expect(results.scopeOutcome('phone')).toContainText('the provider did not grant it');
  await expect(results.scopeOutcome('phone')).toHaveAttribute('data-reason', 'not-granted');
  await expect(results.scopeOutcome('phone')).not.toContainText('policy');
  expect((await results.json(TEST_IDS.tokenResponse)).scope).toBe('openid email');
  await expect(byTestId(page, TEST_IDS.claimOutcome, { claim: 'phone_number', target: 'userinfo' })).toHaveAttribute('data-outcome', 'missing');
});

test('a client whose scope restriction refuses outright gets invalid_scope, explained', async ({ page, compose, results }) => {
  await compose.open();
  await useRealProvider(compose, ISSUER, 'playground-e2e-strict');
  await compose.requestScopes(['openid', 'email', 'phone']);
  await compose.start();
  await expect(results.flowError).toContainText('invalid_scope');
  await expect(results.flowError).toContainText('not allowed');
  await expect(results.flowError).toHaveAttribute('data-hint', 'scope-refused-named');
  await expect(page.getByText('The provider refused "phone"')).toBeVisible();
  await expect(page.getByText('openid is among them')).toHaveCount(0);
});

test.describe('failures', () => {
  test.use({ allowedConsoleErrors: /Failed to load resource|ERR_CONNECTION_REFUSED/ });

  test('a wrong client ID gets the provider’s own error page', async ({ page, compose }) => {
    await compose.open();
    await useRealProvider(compose, ISSUER, 'no-such-client');
    await compose.start();
    await expect(page).toHaveURL((url) => url.origin === new URL(ISSUER).origin);
    await expect(page.getByText(/invalid_client|client is invalid/i).first()).toBeVisible();
  });

  test('a redirect URI the client has not registered gets the provider’s error page, as the compose screen warned', async ({ page, compose }) => {
    await compose.open();
    await useRealProvider(compose, ISSUER, 'registered-elsewhere');
    await expect(page.getByText('If it is not registered, the provider shows its own error page')).toBeVisible();
    await compose.start();
    await expect(page).toHaveURL((url) => url.origin === new URL(ISSUER).origin);
    await expect(page.getByText(/redirect_uri/).first()).toBeVisible();
  });

  test('a provider that is down gets a message naming the URL and what to check, and nothing composed is lost', async ({ page, compose }) => {
    await compose.open();
    await useRealProvider(compose, 'http://127.0.0.1:4999');
    await compose.requestScopes(['openid', 'profile']);
    await compose.start().catch(() => undefined);
    await expect(page.getByRole('alert').filter({ hasText: 'No answer from http://127.0.0.1:4999/.well-known/openid-configuration' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'CORS' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Issuer URL', { exact: true })).toHaveValue('http://127.0.0.1:4999');
    await expect(compose.scopes.getByRole('checkbox', { name: 'profile' })).toBeChecked();
  });

  test('an issuer URL that does not match its discovery document is caught before launch', async ({ page, compose }) => {
    await compose.open();
    await useRealProvider(compose, `${ISSUER}/`);
    await page.getByRole('button', { name: 'Fetch discovery' }).click();
    await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toContainText(`Use exactly "${ISSUER}"`);
  });
});

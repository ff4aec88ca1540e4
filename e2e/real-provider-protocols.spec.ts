import { needsServers, test, expect, TEST_IDS } from './fixtures';
import { signInAtRealProvider } from './pages/real-provider-login';
import { REAL_CONFIDENTIAL_CLIENTS, REAL_PROVIDER_ISSUER } from './support/real-provider';

// oidc-provider's pages ask for a web font and a favicon this offline machine cannot load; the
// refused first DPoP calls (use_dpop_nonce: 400 at the token endpoint, 401 at userinfo) are logged by the browser.
test.use({ allowedConsoleErrors: /Failed to load resource: (net::ERR_NAME_NOT_RESOLVED|the server responded with a status of (400|401|404))/ });
test.describe.configure({ timeout: 90_000 });
needsServers('realProvider');

test('PAR with DPoP and a claims request against oidc-provider: its discovery offers both, and the run shows what they changed', async ({ page, compose, results }) => {
  await compose.open();
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Issuer URL', { exact: true }).fill(REAL_PROVIDER_ISSUER);
  await page.getByLabel('Client ID').fill('playground-e2e');
  const switches = page.getByTestId(TEST_IDS.protocolSwitch);
  await expect(switches.first()).toHaveAttribute('data-available', 'unknown');
  await page.getByRole('button', { name: 'Fetch discovery' }).click();
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'ok');
  await expect(page.locator('[data-switch="par"]')).toHaveAttribute('data-available', 'yes');
  await expect(page.locator('[data-switch="dpop"]')).toHaveAttribute('data-available', 'yes');
  await page.getByRole('checkbox', { name: 'Push the request first (PAR)' }).check();
  await page.getByRole('checkbox', { name: 'Bind the tokens to a key (DPoP)' }).check();
  await compose.requestScopes(['openid', 'email']);
  await compose.typeClaims('{"id_token":{"gender":null}}');
  await compose.start();
  // RFC 9126 §4: the browser arrives with client_id and request_uri only.
  await expect(page).toHaveURL((url) => url.origin === new URL(REAL_PROVIDER_ISSUER).origin);
  await signInAtRealProvider(page);

  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  expect(await results.json(TEST_IDS.idTokenPayload)).toMatchObject({ gender: 'female' });
  await results.revealTokens();
  expect(await results.json(TEST_IDS.tokenResponse)).toMatchObject({ token_type: 'DPoP' });
  expect(await results.json(TEST_IDS.userinfoResponse)).toMatchObject({ email: 'ada@example.test' });
  const changes = page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange);
  expect(await changes.evaluateAll((items) => items.map((item) => item.getAttribute('data-change')))).toEqual([
    'par-pushed',
    'par-authorize-url',
    'iss-in-callback',
    'dpop-proof',
    'dpop-nonce-retry',
    'dpop-bound-token',
  ]);
});

test('a request object by reference through PAR, signed HS256 with the client secret, with DPoP and a claims request, against oidc-provider', async ({ page, compose, results }) => {
  const client = REAL_CONFIDENTIAL_CLIENTS.client_secret_basic;
  await compose.openRealProvider(REAL_PROVIDER_ISSUER, client.clientId);
  await page.getByLabel('Client secret (confidential clients only)').fill(client.secret);
  await page.getByRole('radio', { name: 'By reference, through PAR' }).check();
  await page.getByRole('combobox', { name: 'Signed with' }).selectOption('HS256');
  // Its discovery offers PAR and lists HS256 in request_object_signing_alg_values_supported (RFC 9101 §10.1).
  await expect(page.locator('[data-switch="request-object"]')).toHaveAttribute('data-available', 'yes');
  await page.getByRole('checkbox', { name: 'Bind the tokens to a key (DPoP)' }).check();
  await compose.requestScopes(['openid', 'email']);
  await compose.typeClaims('{"id_token":{"gender":null}}');
  await compose.start();
  await signInAtRealProvider(page);
  // The sign-in was a full page load: the tab asks for the secret again before redeeming the code.
  await page.getByLabel('Client secret').fill(client.secret);
  await page.getByTestId(TEST_IDS.redeemCode).click();

  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  // RFC 9101 §6.3: the claims request inside the pushed object is the one oidc-provider answered.
  expect(await results.json(TEST_IDS.idTokenPayload)).toMatchObject({ gender: 'female' });
  await results.revealTokens();
  expect(await results.json(TEST_IDS.tokenResponse)).toMatchObject({ token_type: 'DPoP' });
  const changes = page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange);
  expect(await changes.evaluateAll((items) => items.map((item) => item.getAttribute('data-change')))).toEqual([
    'par-pushed',
    'request-object-pushed',
    'par-authorize-url',
    'iss-in-callback',
    'dpop-proof',
    'dpop-nonce-retry',
    'dpop-bound-token',
  ]);
  const pushed = page.getByTestId(TEST_IDS.sequenceStep).filter({ hasText: 'POST /request' });
  await pushed.locator('summary').click();
  await expect(pushed.getByTestId(TEST_IDS.requestObjectDecoded)).toContainText('"alg": "HS256"');
});

test('the fragment response mode against oidc-provider: its discovery lists fragment, the code and iss come back after #', async ({ page, compose, results }) => {
  await compose.openRealProvider(REAL_PROVIDER_ISSUER, 'playground-e2e');
  // Its response_modes_supported lists fragment (OAuth 2.0 Multiple Response Type Encoding Practices §2.1).
  await expect(page.locator('[data-switch="fragment"]')).toHaveAttribute('data-available', 'yes');
  await page.getByRole('checkbox', { name: 'Answer in the fragment (response_mode=fragment)' }).check();
  await compose.requestScopes(['openid', 'email']);
  await compose.start();
  await signInAtRealProvider(page);

  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  const changes = page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange);
  // RFC 9207 §2: oidc-provider names itself in the response, wherever the response travels.
  expect(await changes.evaluateAll((items) => items.map((item) => item.getAttribute('data-change')))).toEqual(['response-in-fragment', 'iss-in-callback']);
  await expect(page.locator('#sequence [data-change="response-in-fragment"]')).toContainText('after #');
});

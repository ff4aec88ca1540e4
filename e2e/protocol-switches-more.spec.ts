import { test, expect, TEST_IDS } from './fixtures';
import { byTestId } from './support/by-test-id';

// Each test is one run on the mock; a shared machine is slow.
test.describe.configure({ timeout: 90_000 });

const changesOf = (page: import('@playwright/test').Page) =>
  page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange).evaluateAll((items) => items.map((item) => item.getAttribute('data-change')));

test.describe('client credentials', () => {
  // Userinfo refuses the client's token (403): the browser logs it.
  test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 403/ });

  test('from a permalink: no redirect, a JWT access token for the client, userinfo refused and explained', async ({ page, results }) => {
    await page.goto('/?scope=api:read&allowed_scopes=openid+profile+email+api:read&protocols=client_credentials&mock_protocols=jwt_access_tokens');
    await expect(page.getByRole('checkbox', { name: 'Client credentials (no user, no redirect)' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Issue JWT access tokens (RFC 9068)' })).toBeChecked();
    await byTestId(page, TEST_IDS.startSignin).click();
    await results.waitForRun();

    await expect(byTestId(page, TEST_IDS.clientCredentialsNotice)).toHaveAttribute('data-userinfo-refused', 'true');
    await expect(byTestId(page, TEST_IDS.clientCredentialsNotice)).toContainText('playground-service');
    const token = await results.json(TEST_IDS.tokenResponse);
    expect(token).toMatchObject({ token_type: 'Bearer', scope: 'api:read' });
    expect(token).not.toHaveProperty('id_token');
    // RFC 9068: verified against the JWKS, and it stands for the client.
    await expect(byTestId(page, TEST_IDS.accessTokenSignature)).toHaveAttribute('data-status', 'valid');
    await expect(byTestId(page, TEST_IDS.accessTokenFact, { code: 'sub-client' })).toContainText('playground-service');
    expect(await changesOf(page)).toEqual(['client-credentials', 'jwt-access-token']);
    // No authorize step: discovery, the token call, then userinfo and the JWKS.
    const requests = await page.locator('#sequence .arrow.request .arrow-label').allInnerTexts();
    expect(requests[1]).toBe('2. POST /mock-op/token');
    expect(requests.join(' ')).not.toContain('/authorize');
    // The secret is never recorded, even with tokens revealed.
    await expect(page.locator('body')).not.toContainText('playground-service-secret');
  });
});

test('the fragment response mode on the mock: the code travels after #, and the run says so', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByRole('checkbox', { name: 'Answer in the fragment (response_mode=fragment)' }).check();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  expect(await changesOf(page)).toEqual(['response-in-fragment', 'iss-in-callback']);
  await expect(page.locator('#sequence [data-change="response-in-fragment"]')).toContainText('after #');
});

test('require pushed requests on the mock: a request in the URL is refused with invalid_request and explained', async ({ page, compose }) => {
  // A link made before require-PAR was client metadata: read as before, shared under the metadata's name.
  await compose.open('?mock_protocols=require_par');
  await expect(page.getByRole('checkbox', { name: 'Require pushed requests (require_pushed_authorization_requests)' })).toBeChecked();
  await expect(byTestId(page, TEST_IDS.permalink)).toContainText('mock_client=require_pushed_authorization_requests');
  await compose.start();
  await expect(byTestId(page, TEST_IDS.flowError)).toContainText('invalid_request');
  await expect(page.getByText('This provider requires pushed authorization requests of this client')).toBeVisible();
});

test.describe('DPoP in deterministic mode', () => {
  // The refused first token call (use_dpop_nonce) is a 400 the browser logs.
  test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 400/ });

  test('the key derives from the seed: the JWT access token’s cnf.jkt is the thumbprint the seed gives', async ({ page, compose, login, results }) => {
    const { seededDpopKeyPair } = await import('../src/lib/dpop-key');
    const { calculateJwkThumbprint, exportJWK } = await import('jose');
    const expected = await calculateJwkThumbprint(await exportJWK((await seededDpopKeyPair('demo')).publicKey));
    await compose.open('?seed=demo&protocols=dpop&mock_protocols=jwt_access_tokens');
    await compose.start();
    await login.signIn();
    await results.waitForRun();
    await expect(byTestId(page, TEST_IDS.accessTokenFact, { code: 'cnf-jkt' })).toContainText(expected);
    await expect(byTestId(page, TEST_IDS.accessTokenSignature)).toHaveAttribute('data-status', 'valid');
    expect(await changesOf(page)).toContain('jwt-access-token-cnf');
  });
});

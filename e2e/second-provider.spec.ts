import { needsServers, test, expect, TEST_IDS, byTestId } from './fixtures';
import type { ComposePage } from './pages/compose-page';
import { signInAtLemonldap } from './pages/real-provider-login';
import { LLNG_CLIENT_ID, LLNG_DROPPED_SCOPE, LLNG_ISSUER, LLNG_USERS } from './support/lemonldap';

needsServers('lemonldap');

/**
 * The real-provider mode against a second, independent OP: LemonLDAP::NG 2.16 (Perl, Debian's
 * packages), started on loopback by Playwright (e2e/support/lemonldap.ts). A person picks "A real
 * provider", types the issuer and client ID, starts, and signs in on the portal's own login page.
 */

// The portal's pages ask for a favicon it does not serve.
test.use({ allowedConsoleErrors: /Failed to load resource/ });
// A sign-in at a Perl portal, a token exchange, userinfo and JWKS, on a shared machine: more than the default 30 s budget.
test.describe.configure({ timeout: 60_000 });

async function useLemonldap(compose: ComposePage, issuer = LLNG_ISSUER, clientId = LLNG_CLIENT_ID) {
  const { page } = compose;
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Issuer URL', { exact: true }).fill(issuer);
  await page.getByLabel('Client ID').fill(clientId);
}

test('a full run against LemonLDAP::NG: its own login page, a verified id_token, and explanations true for it', async ({ page, compose, results }) => {
  await compose.open();
  await useLemonldap(compose);
  await compose.requestScopes(['openid', 'profile', 'email']);
  await compose.start();
  await expect(page).toHaveURL((url) => url.origin === new URL(LLNG_ISSUER).origin);
  await signInAtLemonldap(page, 'dwho');

  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  await expect(page.locator('[data-check][data-outcome="fail"]')).toHaveCount(0);
  expect(await results.json(TEST_IDS.idTokenPayload)).toMatchObject({ iss: LLNG_ISSUER, aud: [LLNG_CLIENT_ID], azp: LLNG_CLIENT_ID, sub: 'dwho' });
  expect(await results.json(TEST_IDS.userinfoResponse)).toEqual({ sub: 'dwho', preferred_username: 'dwho', ...LLNG_USERS.dwho });

  // LemonLDAP::NG leaves scope out of the token response when it granted what was asked (RFC 6749 §5.1).
  expect(await results.json(TEST_IDS.tokenResponse)).not.toHaveProperty('scope');
  expect(await results.scopeOutcomes()).toEqual({ openid: 'granted', profile: 'granted', email: 'granted' });
  await expect(results.scopeOutcome('email')).toHaveAttribute('data-reason', 'assumed-granted');
  await expect(page.locator('#scopes-explained')).not.toContainText('policy');

  // Scope claims come at userinfo; its discovery offers no claims parameter, so none is suggested.
  const atUserinfo = byTestId(page, TEST_IDS.scopeClaimsAtUserinfo, { scope: 'profile' });
  await expect(atUserinfo).toHaveAttribute('data-claims-parameter', 'not-supported');
  await expect(atUserinfo).toContainText('userinfo is the place to read them');
  await expect(page.locator('#claims-explained')).not.toContainText('claims.id_token');
  await expect(byTestId(page, TEST_IDS.claimOutcome, { claim: 'name', target: 'userinfo' })).toHaveAttribute('data-outcome', 'delivered');
  await expect(byTestId(page, TEST_IDS.claimsSummary)).toHaveAttribute('data-surprising', '0');
  await expect(page.locator('[data-check="authorization-response-iss"]')).toHaveAttribute('data-outcome', 'skipped');
  await page.screenshot({ path: 'shots/lemonldap-results.png', fullPage: true });
});

test('a scope its rule forbids is dropped, never refused; an unknown one is granted; offline_access shows as a refresh token', async ({ page, compose, results }) => {
  await compose.open();
  await useLemonldap(compose);
  await compose.requestScopes(['openid', 'email', LLNG_DROPPED_SCOPE, 'offline_access', 'bogus']);
  await compose.start();
  await signInAtLemonldap(page, 'rtyler');
  await results.waitForRun();

  const tokenResponse = await results.json(TEST_IDS.tokenResponse);
  expect(tokenResponse.scope).toBe('openid email bogus');
  expect(typeof tokenResponse.refresh_token).toBe('string');
  expect(await results.scopeOutcomes()).toEqual({
    openid: 'granted',
    email: 'granted',
    [LLNG_DROPPED_SCOPE]: 'dropped-by-policy',
    offline_access: 'granted',
    bogus: 'granted',
  });
  const dropped = results.scopeOutcome(LLNG_DROPPED_SCOPE);
  await expect(dropped).toHaveAttribute('data-reason', 'not-granted');
  await expect(dropped).toContainText('the provider did not grant it');
  await expect(dropped).not.toContainText('policy');
  // LemonLDAP::NG lists offline_access neither in scope nor in scopes_supported, yet honours it.
  await expect(results.scopeOutcome('offline_access')).toHaveAttribute('data-reason', 'refresh-token-issued');
  await expect(results.scopeOutcome('offline_access')).toContainText('a refresh token came back');
  await expect(results.scopeOutcome('bogus')).toHaveAttribute('data-reason', 'listed-in-token-response');
  await expect(results.flowError).toHaveCount(0);
  await expect(byTestId(page, TEST_IDS.claimOutcome, { claim: 'phone_number', target: 'userinfo' })).toContainText('did not grant its scope phone');
  expect(await results.json(TEST_IDS.userinfoResponse)).toEqual({ sub: 'rtyler', email: LLNG_USERS.rtyler.email });
});

test('an unknown client ID gets the portal’s own error page after sign-in', async ({ page, compose }) => {
  await compose.open();
  await useLemonldap(compose, LLNG_ISSUER, 'no-such-client');
  await compose.start();
  await expect(page).toHaveURL((url) => url.origin === new URL(LLNG_ISSUER).origin);
  // The portal authenticates first and looks the client up afterwards.
  await signInAtLemonldap(page, 'msmith');
  await expect(page.getByRole('alert').filter({ hasText: 'This application is not known' })).toBeVisible();
  await expect(page).toHaveURL((url) => url.origin === new URL(LLNG_ISSUER).origin);
});

test('the issuer is typed as discovery states it: without a trailing slash it works, with one it is caught before launch', async ({ page, compose }) => {
  await compose.open();
  await useLemonldap(compose, LLNG_ISSUER);
  await page.getByRole('button', { name: 'Fetch discovery' }).click();
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'ok');

  await useLemonldap(compose, `${LLNG_ISSUER}/`);
  await page.getByRole('button', { name: 'Fetch discovery' }).click();
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toContainText(`Use exactly "${LLNG_ISSUER}"`);
});

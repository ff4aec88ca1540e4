import type { Page } from '@playwright/test';
import { test, expect, TEST_IDS, byTestId } from './fixtures';

const row = (page: Page, claim: string, target: string) => byTestId(page, TEST_IDS.claimOutcome, { claim, target });

test('each claim says where it came from, and a dropped scope explains the missing claim', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'email', 'address']);
  await compose.typeClaims('{"id_token":{"gender":null},"userinfo":{"Gender":null}}');
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  const gender = row(page, 'gender', 'id_token');
  await expect(gender).toHaveAttribute('data-outcome', 'delivered');
  await expect(gender).toHaveAttribute('data-source', 'claims-request');
  await expect(gender).toContainText('claims.id_token.gender');

  const email = row(page, 'email', 'userinfo');
  await expect(email).toHaveAttribute('data-source', 'scope');
  // Scope claims served at userinfo are one line per scope, never "missing" from the id_token.
  const emailAtUserinfo = byTestId(page, TEST_IDS.scopeClaimsAtUserinfo, { scope: 'email' });
  await expect(emailAtUserinfo).toHaveAttribute('data-claims', 'email email_verified');
  await expect(emailAtUserinfo).toContainText('at userinfo, not in the id_token');
  await expect(row(page, 'email_verified', 'id_token')).toHaveCount(0);
  await expect(byTestId(page, TEST_IDS.claimOutcome, { target: 'id_token', outcome: 'missing' })).toHaveCount(0);

  const address = row(page, 'address', 'userinfo');
  await expect(address).toHaveAttribute('data-outcome', 'missing');
  await expect(address).toHaveAttribute('data-absence', 'expected');
  await expect(address).toContainText('its scope address was dropped by the token policy');

  const typo = row(page, 'Gender', 'userinfo');
  await expect(typo).toContainText('did you mean gender?');
  await expect(typo).toHaveAttribute('data-absence', 'surprising');
  await expect(page.getByTestId(TEST_IDS.claimsSummary)).toHaveAttribute('data-surprising', '1');
  await expect(page.getByTestId(TEST_IDS.claimsSummary)).toContainText('1 surprising absence');

  // Protocol claims sit in one collapsed block, each with its meaning and spec.
  const protocol = page.getByTestId(TEST_IDS.protocolClaims);
  await expect(protocol).not.toHaveAttribute('open');
  await expect(row(page, 'iss', 'id_token')).toHaveAttribute('data-source', 'protocol');
  await expect(row(page, 'iss', 'id_token')).toBeHidden();
  await protocol.getByText(/Claims the provider sets itself/).click();
  await expect(row(page, 'at_hash', 'id_token')).toBeVisible();
  await expect(row(page, 'at_hash', 'id_token')).toContainText('a hash of the access token');
  // The mock's access token is opaque, and the page says what that means.
  await expect(byTestId(page, TEST_IDS.accessTokenFact, { code: 'opaque' })).toBeVisible();
  await expect(row(page, 'at_hash', 'id_token').getByRole('link', { name: 'OIDC Core §3.1.3.6' })).toHaveAttribute('href', /openid-connect-core-1_0\.html#CodeIDToken$/);
});

test('times read as dates, relative to the run’s clock', async ({ page, results }) => {
  await page.goto('/?scope=openid%20profile&clock=2026-01-15T09%3A30%3A00Z&seed=times&autostart=1&autologin=1');
  await results.waitForRun();
  await expect(row(page, 'exp', 'id_token')).toContainText('2026-01-15T10:30:00Z (in 1 hour)');
  await expect(row(page, 'iat', 'id_token')).toContainText('(just now)');
  await expect(row(page, 'updated_at', 'userinfo')).toContainText('2026-01-15T09:30:00Z');
});

import { test, expect } from './fixtures';

const row = (claim: string, target: string) => `[data-testid="claim-outcome"][data-claim="${claim}"][data-target="${target}"]`;

test('each claim says where it came from, and a dropped scope explains the missing claim', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'email', 'address']);
  await compose.typeClaims('{"id_token":{"gender":null},"userinfo":{"Gender":null}}');
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  const gender = page.locator(row('gender', 'id_token'));
  await expect(gender).toHaveAttribute('data-outcome', 'delivered');
  await expect(gender).toHaveAttribute('data-source', 'claims-request');
  await expect(gender).toContainText('claims.id_token.gender');

  const email = page.locator(row('email', 'userinfo'));
  await expect(email).toHaveAttribute('data-source', 'scope');
  await expect(page.locator(row('email', 'id_token'))).toContainText('only at userinfo');

  const address = page.locator(row('address', 'userinfo'));
  await expect(address).toHaveAttribute('data-outcome', 'missing');
  await expect(address).toContainText('its scope address was dropped by the token policy');

  await expect(page.locator(row('Gender', 'userinfo'))).toContainText('did you mean gender?');
  await expect(page.locator(row('iss', 'id_token'))).toHaveAttribute('data-source', 'protocol');
});

test('times read as dates, relative to the run’s clock', async ({ page, results }) => {
  await page.goto('/?scope=openid%20profile&clock=2026-01-15T09%3A30%3A00Z&seed=times&autostart=1&autologin=1');
  await results.waitForRun();
  await expect(page.locator(row('exp', 'id_token'))).toContainText('2026-01-15T10:30:00Z (in 1 hour)');
  await expect(page.locator(row('iat', 'id_token'))).toContainText('(just now)');
  await expect(page.locator(row('updated_at', 'userinfo'))).toContainText('2026-01-15T09:30:00Z');
});

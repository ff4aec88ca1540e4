import AxeBuilder from '@axe-core/playwright';
import { test, expect, TEST_IDS } from './fixtures';
import { byTestId } from './support/by-test-id';

// One run on the mock; a shared machine is slow.
test.describe.configure({ timeout: 90_000 });
// The first token call is refused for want of the DPoP nonce (400), and userinfo refuses the
// client's token (no user): the browser logs both.
test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of (400|401|403)/ });

/** axe over what this change draws (the launch column, the claims and protocol panels): no serious or critical violation. */
async function expectAccessible(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).include('.compose-launch').include('#claims').include('#protocols').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

const changesOf = (page: import('@playwright/test').Page) =>
  page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange).evaluateAll((items) => items.map((item) => item.getAttribute('data-change')));

test('client credentials with DPoP on the mock: the compose screen previews the token request, the token is bound after the nonce retry, introspection names the key', async ({ page, compose, results }) => {
  await compose.open('?scope=api:read&allowed_scopes=openid+api:read');
  await compose.typeClaims('{"userinfo": {"email": null}}');
  // The switch by keyboard, as a person without a mouse turns it on.
  await page.getByRole('checkbox', { name: 'Client credentials (no user, no redirect)' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'Bind the tokens to a key (DPoP)' }).check();

  // The preview shows the token request that will be sent, never the secret, and no authorize request.
  const preview = byTestId(page, TEST_IDS.tokenRequestPreview);
  await expect(page.getByRole('heading', { name: 'Token request' })).toBeVisible();
  await expect(compose.authorizeUrl).toHaveCount(0);
  await expect(preview.locator('pre')).toContainText(/^POST http:\/\/127\.0\.0\.1:\d+\/mock-op\/token/);
  await expect(preview.locator('pre')).toContainText('Authorization: Basic base64(playground-service:<client secret>)');
  await expect(preview.locator('pre')).toContainText('DPoP: <a proof JWT signed at launch');
  await expect(preview.locator('pre')).toContainText('grant_type=client_credentials');
  await expect(preview.locator('pre')).toContainText('&scope=api:read');
  await expect(preview.getByRole('link', { name: 'RFC 6749 §4.4' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc6749#section-4.4');
  await expect(preview).toContainText('use_dpop_nonce');
  await expect(page.locator('body')).not.toContainText('playground-service-secret');
  // The button and the line under it say what happens; the claims request is said not to be sent where it was typed.
  await expect(compose.startButton).toHaveText('Request a token');
  await expect(page.locator('#start-reasons')).toContainText('no redirect, no user');
  await expect(page.locator('#claims-messages')).toContainText('Not sent with client credentials');

  // 360 px, dark theme: nothing scrolls sideways; the screenshots are looked at, not compared.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.locator('.compose-launch').screenshot({ path: test.info().outputPath('compose-client-credentials-360-dark.png') });
  await page.locator('#claims').screenshot({ path: test.info().outputPath('claims-client-credentials-360-dark.png') });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('compose-client-credentials-1280-light.png'), fullPage: true });

  await compose.start();
  await results.waitForRun();
  expect(await results.json(TEST_IDS.tokenResponse)).toMatchObject({ token_type: 'DPoP', scope: 'api:read' });
  // RFC 9449 §8: the first token call is refused for want of the nonce, the retry carries it.
  const grant = page.getByTestId(TEST_IDS.sequenceGroup).first();
  expect((await grant.locator('.arrow.request .arrow-label').allInnerTexts()).slice(1, 3)).toEqual(['2. POST /mock-op/token', '3. POST /mock-op/token']);
  expect((await grant.locator('.arrow.response .arrow-label').allInnerTexts()).slice(1, 3)).toEqual(['400 Bad Request', '200 OK']);
  // The raw step of the token request shows its DPoP header.
  const tokenStep = grant.getByTestId(TEST_IDS.sequenceStep).nth(2);
  await tokenStep.locator('summary').click();
  await expect(tokenStep.locator('.raw-http')).toContainText(/^DPoP: \S+/im);
  await expect(tokenStep.locator('.raw-http')).toContainText('grant_type=client_credentials');
  expect(await changesOf(page)).toEqual(expect.arrayContaining(['client-credentials', 'dpop-proof', 'dpop-nonce-retry', 'dpop-bound-token']));
  await expect(page.locator('#wire-changes [data-change="dpop-nonce-retry"]')).toContainText('DPoP-Nonce');
  await expect(page.locator('#wire-changes [data-change="client-credentials"]')).toContainText('grant_type=client_credentials');

  // RFC 9449 §6.2: introspection by the client that got the token names the key it is bound to.
  await expect(page.getByRole('button', { name: 'Sign out at the provider' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Introspect access token' }).click();
  expect(await results.json(TEST_IDS.introspectionResponse)).toMatchObject({ active: true, token_type: 'DPoP', client_id: 'playground-service', cnf: { jkt: expect.any(String) } });
  await expect(page.locator('#wire-changes [data-change="introspection-cnf"]')).toContainText('cnf.jkt');
});

import type { Locator, Page } from '@playwright/test';
import { test, expect, TEST_IDS } from './fixtures';

// A sign-in, a refresh and an introspection on a shared machine.
test.describe.configure({ timeout: 90_000 });

const groups = (page: Page) => page.getByTestId(TEST_IDS.sequenceGroup);
const labels = (within: Locator, kind: 'request' | 'response') => within.locator(`.arrow.${kind} .arrow-label`).allInnerTexts();

async function signIn({ compose, login, results }: { compose: { open(): Promise<void>; start(): Promise<void> }; login: { signIn(): Promise<void> }; results: { waitForRun(): Promise<void> } }) {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
}

test('the sequence diagram draws requests and responses lane to lane, grouped by sign-in, refresh, introspection, revocation and sign-out', async ({ page, compose, login, results }) => {
  await signIn({ compose, login, results });
  const diagram = page.locator('#sequence');
  await expect(diagram.locator('.lanes')).toHaveText(/^Browser \/ appDiscoveryAuthorizeTokenUserinfoJWKS$/);
  await expect(groups(page)).toHaveCount(1);
  const signInGroup = groups(page).nth(0);
  await expect(signInGroup.getByRole('heading', { level: 3 })).toHaveText('Sign in');
  // Discovery once; the JWKS is sent right after userinfo (in parallel) and shown in the order sent.
  expect(await labels(signInGroup, 'request')).toEqual([
    '1. GET /mock-op/.well-known/openid-configuration',
    '2. GET /mock-op/authorize (page load)',
    '3. POST /mock-op/token',
    '4. GET /mock-op/userinfo',
    '5. GET /mock-op/jwks',
  ]);
  expect(await labels(signInGroup, 'response')).toEqual(['200 OK', '302 Found → callback with the code', '200 OK', '200 OK', '200 OK']);

  // The authorize redirect goes browser → provider → browser: the 302 is a response arrow over the same lanes.
  const authorize = signInGroup.getByTestId(TEST_IDS.sequenceStep).nth(1);
  const request = await authorize.locator('.arrow.request').boundingBox();
  const response = await authorize.locator('.arrow.response').boundingBox();
  const lane = async (n: number) => {
    const box = (await diagram.locator('.lanes span').nth(n).boundingBox())!;
    return box.x + box.width / 2;
  };
  expect(Math.abs(request!.x - (await lane(0)))).toBeLessThanOrEqual(1);
  expect(Math.abs(request!.x + request!.width - (await lane(2)))).toBeLessThanOrEqual(1);
  expect(response).toEqual(expect.objectContaining({ x: request!.x, width: request!.width }));
  await expect(authorize.locator('.arrow.response')).toHaveAttribute('data-direction', 'left');

  // Refresh: its token call (oidc-client-ts then reloads userinfo) and JWKS fetch sit under "Refresh tokens", not beside the sign-in's.
  await page.getByRole('button', { name: 'Refresh tokens' }).click();
  await expect(groups(page)).toHaveCount(2);
  const refreshGroup = groups(page).nth(1);
  await expect(refreshGroup.getByRole('heading', { level: 3 })).toHaveText('Refresh tokens');
  expect(await labels(refreshGroup, 'request')).toEqual(['6. POST /mock-op/token', '7. GET /mock-op/userinfo', '8. GET /mock-op/jwks']);
  expect(await labels(refreshGroup, 'response')).toEqual(['200 OK', '200 OK', '200 OK']);
  expect(await labels(signInGroup, 'request')).toHaveLength(5);

  // Keyboard: a step opens with Enter and shows its raw HTTP, masked by the one rule.
  const refreshToken = refreshGroup.getByTestId(TEST_IDS.sequenceStep).first();
  await refreshToken.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(refreshToken.locator('.raw-http')).toContainText('grant_type=refresh_token');
  await expect(refreshToken.locator('.raw-http')).toContainText(/refresh_token=.{6}…\(\d+ chars\)/);
  await expect(refreshToken.getByRole('button', { name: 'Copy step 6 as curl' })).toBeVisible();
  const signInToken = signInGroup.getByTestId(TEST_IDS.sequenceStep).nth(2);
  await signInToken.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(signInToken.locator('.raw-http')).toContainText('grant_type=authorization_code');

  await page.getByRole('button', { name: 'Introspect access token' }).click();
  await expect(groups(page)).toHaveCount(3);
  await expect(groups(page).nth(2).getByRole('heading', { level: 3 })).toHaveText('Introspect');
  expect(await labels(groups(page).nth(2), 'request')).toEqual(['9. POST /mock-op/introspect']);
  await expect(diagram.locator('.lanes span').last()).toHaveText('Introspection');

  // Revoke, then introspect again: the second introspection is a group of its own, and shows the effect.
  await page.getByRole('button', { name: 'Revoke access token' }).click();
  await expect(groups(page)).toHaveCount(4);
  expect(await labels(groups(page).nth(3), 'request')).toEqual(['10. POST /mock-op/revoke']);
  expect(await labels(groups(page).nth(3), 'response')).toEqual(['200 OK']);
  await page.getByRole('button', { name: 'Introspect access token' }).click();
  await expect(groups(page)).toHaveCount(5);
  await expect(page.getByTestId(TEST_IDS.introspectionResponse)).toContainText('"active": false');

  // The groups are part of the run: they survive a reload.
  await page.reload();
  await expect(groups(page).getByRole('heading', { level: 3 })).toHaveText(['Sign in', 'Refresh tokens', 'Introspect', 'Revoke', 'Introspect (2)']);
  await diagram.screenshot({ path: test.info().outputPath('sequence-wide.png') });

  // Signing out leaves the page for the end-session endpoint; back on the results, the diagram shows the request.
  await page.getByRole('button', { name: 'Sign out at the provider' }).click();
  await expect(page).toHaveURL(/\/signed-out\?state=/);
  await page.goto('/results');
  await expect(groups(page).last().getByRole('heading', { level: 3 })).toHaveText('Sign out');
  expect(await labels(groups(page).last(), 'request')).toEqual(['12. GET /mock-op/end-session (page load)']);
  expect(await labels(groups(page).last(), 'response')).toEqual(['answer not seen by the app']);
  await expect(groups(page).last().locator('.raw-http pre')).toContainText(/id_token_hint=.{6}…\(\d+ chars\)/, { useInnerText: false });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the diagram stacks: each arrow a row naming its lanes, and the page does not scroll sideways', async ({ page, compose, login, results }) => {
    await signIn({ compose, login, results });
    await page.getByRole('button', { name: 'Refresh tokens' }).click();
    await expect(groups(page)).toHaveCount(2);
    const diagram = page.locator('#sequence');
    await expect(diagram.locator('.lanes')).toBeHidden();
    const token = groups(page).nth(1).getByTestId(TEST_IDS.sequenceStep).first();
    await expect(token.locator('.arrow.request .arrow-route')).toBeVisible();
    await expect(token.locator('.arrow.request .arrow-route')).toHaveText('Browser / app → Token');
    await expect(token.locator('.arrow.response .arrow-route')).toHaveText('Token → Browser / app');
    await token.locator('summary').click();
    await expect(token.locator('.raw-http')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const panel = await diagram.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(panel).toBeLessThanOrEqual(0);
    await diagram.screenshot({ path: test.info().outputPath('sequence-360.png') });
  });
});

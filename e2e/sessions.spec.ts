import { test, expect, TEST_IDS } from './fixtures';

test('a second sign-in skips the login page; prompt=login forces it again', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  const firstAuthTime = (await results.json(TEST_IDS.idTokenPayload)).auth_time;

  await page.getByRole('link', { name: 'Edit the request and run again' }).click();
  await compose.start();
  // No login page: the SSO session answers straight away.
  await results.waitForRun();
  expect((await results.json(TEST_IDS.idTokenPayload)).auth_time).toBe(firstAuthTime);

  await page.getByRole('link', { name: 'Edit the request and run again' }).click();
  await page.getByPlaceholder('none, login, consent or select_account').fill('login');
  await compose.start();
  await expect(page.getByText('asked you to sign in again (prompt=login)')).toBeVisible();
  await login.signIn();
  await results.waitForRun();
});

test('prompt=none without a session returns login_required', async ({ page, compose, results }) => {
  await compose.open();
  await page.getByPlaceholder('none, login, consent or select_account').fill('none');
  await compose.start();
  await expect(results.flowError).toContainText('login_required');
});

test('refresh rotates the tokens and the new id_token still verifies', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  const before = await results.json(TEST_IDS.tokenResponse);
  // The results screen names the behaviour profile's refresh-token rule (src/domain/mock/refresh-token-rule.ts).
  await expect(page.getByTestId(TEST_IDS.refreshTokenRule)).toContainText('Hosted Login');

  await page.getByRole('button', { name: 'Refresh tokens' }).click();
  await expect(page.getByTestId(TEST_IDS.refreshStatus)).toContainText('refreshed 1 time');
  const after = await results.json(TEST_IDS.tokenResponse);
  expect(after.refresh_token).not.toBe(before.refresh_token);
  expect(after.access_token).not.toBe(before.access_token);
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  const payload = await results.json(TEST_IDS.idTokenPayload);
  expect(payload.nonce).toBeUndefined();

  await page.getByRole('button', { name: 'Introspect access token' }).click();
  const introspection = JSON.parse(await page.getByTestId(TEST_IDS.introspectionResponse).innerText());
  expect(introspection).toMatchObject({ active: true, scope: 'openid profile email', client_id: 'playground' });
});

test('signing out ends the provider session, so the next sign-in shows the login page', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  await page.getByRole('button', { name: 'Sign out at the provider' }).click();
  await expect(page).toHaveURL(/\/signed-out\?state=/);
  await expect(page.getByText('The provider ended its session')).toBeVisible();

  await page.getByRole('link', { name: 'Compose a request' }).click();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
});

test('a sign-out request without id_token_hint asks first; "Yes, sign me out" ends the session (RP-Initiated Logout §2, §6)', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  await page.goto('/mock-op/end-session?client_id=playground&post_logout_redirect_uri=' + encodeURIComponent(new URL('/signed-out', page.url()).href) + '&state=bye');
  await expect(page.getByRole('heading', { name: 'Sign out of the mock provider?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(/\/signed-out\?state=bye/);
});

import { test, expect, TEST_IDS } from './fixtures';

test('the results screen shows every panel of a run, and its scope table is stable', async ({ page, compose, login, results }, testInfo) => {
  await compose.open();
  await compose.requestScopes(['openid', 'email', 'address', 'bob']);
  await compose.typeClaims('{"id_token":{"gender":null}}');
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  for (const name of ['id_token header', 'id_token payload', 'Userinfo response', 'Token response (raw)', 'id_token verification']) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  const header = await results.json(TEST_IDS.idTokenHeader);
  expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
  // Seven OIDC Core §3.1.3.7 checks, plus RFC 9207's iss of the authorization response (the mock sends it).
  await expect(page.locator('[data-check]')).toHaveCount(8);
  await expect(page.locator('[data-check="authorization-response-iss"]')).toHaveAttribute('data-outcome', 'pass');
  await expect(page.locator('[data-check][data-outcome="fail"]')).toHaveCount(0);

  await page.screenshot({ path: testInfo.outputPath('results.png'), fullPage: true });
  await expect(page.locator('#scopes-explained')).toHaveScreenshot('scope-table.png');
});

test('a reload of the results screen keeps the run; a tab with no run says so', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  await page.reload();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');

  const fresh = await page.context().newPage();
  await fresh.goto('/results');
  await expect(fresh.getByRole('heading', { name: 'No results yet' })).toBeVisible();
});

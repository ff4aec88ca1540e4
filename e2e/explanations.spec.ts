import type { Page } from '@playwright/test';
import { test, expect, TEST_IDS, byTestId } from './fixtures';

// Issue 24: every sentence on the results true on every path.
const row = (page: Page, claim: string, target = 'userinfo') => byTestId(page, TEST_IDS.claimOutcome, { claim, target });
const query = (params: Record<string, string>) => `/?${new URLSearchParams({ clock: '2026-01-15T09:30:00Z', seed: 'explanations', autostart: '1', autologin: '1', ...params })}`;

test.describe('a failed userinfo step', () => {
  // The browser logs the 500 the fault provokes.
  test.use({ allowedConsoleErrors: /status of 500/ });

  test('a failed userinfo step never reads as "nothing missing": each claim it would have brought is listed, counted apart', async ({ page, compose, login, results }) => {
    await compose.open('?scope=openid%20profile%20email&clock=2026-01-15T09%3A30%3A00Z&seed=userinfo-500');
    await page.getByLabel('Userinfo answers 500').check();
    await compose.start();
    await login.signIn();
    await expect(results.flowError).toContainText('server_error');

    for (const claim of ['sub', 'email', 'name', 'global_sub']) {
      await expect(row(page, claim)).toHaveAttribute('data-outcome', 'missing');
      await expect(row(page, claim)).toHaveAttribute('data-absence', 'step-failed');
      await expect(row(page, claim)).toContainText('the userinfo call failed');
    }
    const summary = page.getByTestId(TEST_IDS.claimsSummary);
    await expect(summary).toContainText(/\d+ not received because the userinfo call failed/);
    await expect(summary).not.toHaveAttribute('data-not-received', '0');
    await expect(page.getByTestId(TEST_IDS.signedInUser)).not.toContainText('dropped by policy or never asked for');
    await page.getByTestId(TEST_IDS.claimsSummary).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('userinfo-500-results.png'), fullPage: true });
  });
});

test('an essential claim the user has no value for is explained as requested, not guaranteed, and counted surprising', async ({ page, results }) => {
  await page.goto(query({ user: 'minimal', scope: 'openid', claims: '{"userinfo":{"phone_number":{"essential":true}},"id_token":{"gender":{"value":"female"}}}' }));
  await results.waitForRun();

  const phone = row(page, 'phone_number');
  await expect(phone).toHaveAttribute('data-absence', 'surprising');
  await expect(phone).toContainText('has no value for mobileNumber');
  await expect(phone).toContainText('essential means requested, not guaranteed (OIDC Core §5.5.1)');
  await expect(page.getByTestId(TEST_IDS.claimsSummary)).toHaveAttribute('data-surprising', '1');
  // value asked for, another delivered: the row says it did not match.
  await expect(row(page, 'gender', 'id_token')).toContainText('it does not have the value "female" asked for');
  await page.getByTestId(TEST_IDS.claimsSummary).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('essential-no-value-results.png'), fullPage: true });
});

test('a standard claim Hosted Login does not release is named so, and the case hint comes only for a claim of another case', async ({ page, results }) => {
  await page.goto(query({ scope: 'openid', claims: '{"userinfo":{"picture":null,"Gender":null,"favourite_colour":null}}' }));
  await results.waitForRun();

  await expect(row(page, 'picture')).toContainText('picture is a standard claim (OIDC Core §5.1) that Hosted Login does not release');
  await expect(row(page, 'picture')).not.toContainText('not a claim this provider knows');
  await expect(row(page, 'Gender')).toContainText('case-sensitive');
  await expect(row(page, 'favourite_colour')).not.toContainText('case-sensitive');
});

test('under OIDC Core the profile scope brings all 14 §5.4 claims, and the picker and catalogue say what Hosted Login leaves out', async ({ page, compose, results }) => {
  await page.goto(query({ profile: 'oidc-core', scope: 'openid profile' }));
  await results.waitForRun();
  const userinfo = await results.json(TEST_IDS.userinfoResponse);
  for (const claim of ['name', 'family_name', 'given_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture', 'website', 'gender', 'birthdate', 'zoneinfo', 'locale', 'updated_at']) {
    expect(userinfo, claim).toHaveProperty(claim);
  }

  // Back to Hosted Login, whose picker leaves five §5.4 claims out.
  await compose.open('?profile=hosted-login');
  const profileNote = compose.scopes.getByRole('listitem').filter({ hasText: /^profile/ });
  await expect(profileNote).toContainText('(not released here: profile, picture, website, zoneinfo, locale)');
  await expect(compose.scopes.getByRole('listitem').filter({ hasText: /^openid/ })).toContainText('Makes the request an OpenID Connect one: an id_token comes back, with sub');
  await expect(compose.scopes.getByLabel('Other scopes')).not.toHaveAttribute('placeholder', /ad:user_custom/);

  await page.goto('/catalogue');
  await expect(page.locator('tr[data-claim="picture"]')).toContainText('not released by Hosted Login');
  await expect(page.getByText(/not carried by a scope/)).toBeVisible();
});

test('offline_access without prompt=consent has its own outcome under OIDC Core, not dropped-by-policy', async ({ page, results }) => {
  await page.goto(query({ profile: 'oidc-core', scope: 'openid offline_access' }));
  await results.waitForRun();

  await expect(results.scopeOutcome('offline_access')).toHaveAttribute('data-outcome', 'ignored-without-consent');
  await expect(results.scopeOutcome('offline_access')).toContainText('ignored without consent');
  await expect(results.scopeOutcome('offline_access')).toContainText('OIDC Core §11');
});

test.describe('plain OAuth 2.0', () => {
  // The browser logs the 403 the mock's userinfo answers.
  test.use({ allowedConsoleErrors: /status of 403/ });

  test('a request without openid may start, with a notice, and the results explain the missing id_token and the refused userinfo', async ({ page, compose, login, results }) => {
    await compose.open('?scope=email&clock=2026-01-15T09%3A30%3A00Z&seed=plain-oauth');
    await expect(compose.scopes).toContainText('Without openid this is a plain OAuth 2.0 request');
    await compose.start();
    await login.signIn();
    await expect(results.flowError).toContainText('insufficient_scope');

    const notice = page.getByTestId(TEST_IDS.plainOauthNotice);
    await expect(notice).toContainText('no id_token came back');
    await expect(notice).toContainText('OIDC Core §5.3');
    await expect(notice).toHaveAttribute('data-userinfo-refused', 'true');
    await expect(results.signature).toHaveAttribute('data-status', 'unverified');
    await expect(row(page, 'email')).toHaveAttribute('data-absence', 'step-failed');
  });
});

import { needsServers, test, expect, TEST_IDS } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The probes of a hostile OpenID Provider (e2e/support/hostile-provider.mjs), hostile storage and
 * hostile input: nothing runs script in the playground's origin, every refusal names what it
 * refused, and no screen falls into the router's default error page.
 */
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? Number(process.env.E2E_OP_PORT ?? 4455) + 11);
const issuerOf = (attack: string) => `http://127.0.0.1:${hostilePort}/${attack}`;
/** Every screen's title ends with the app's name; a payload would replace it. */
const TITLE = /OIDC Scopes & Claims Playground$/;

needsServers('hostile');

// A refused or failing call is logged by the browser itself.
test.use({ allowedConsoleErrors: /Failed to load resource|net::ERR|Failed to fetch/ });
// Several attacks send megabytes through a whole sign-in.
test.describe.configure({ timeout: 90_000 });

async function launch(page: Page, attack: string) {
  await page.goto(`/?issuer=${encodeURIComponent(issuerOf(attack))}&client_id=hostile-client&scope=openid&autostart=1`);
}

async function expectNoScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page).toHaveTitle(TITLE);
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
}

for (const [attack, member] of [
  ['javascript-authorize', 'authorization_endpoint'],
  ['javascript-end-session', 'end_session_endpoint'],
  ['javascript-jwks', 'jwks_uri'],
  ['data-token', 'token_endpoint'],
  ['relative-token', 'token_endpoint'],
] as const) {
  test(`a discovery document with an unsafe ${member} (${attack}) is refused with the member named, and nothing runs`, async ({ page }) => {
    await launch(page, attack);
    const alert = page.getByRole('alert').filter({ hasText: 'Could not start' });
    await expect(alert).toContainText(`"${member}"`);
    await expect(alert).toContainText('refused');
    expect(new URL(page.url()).pathname).toBe('/');
    await expectNoScriptRan(page);
    // The discovery panel says the same when asked.
    await page.getByRole('button', { name: 'Fetch discovery' }).click();
    await expect(page.getByText(`"${member}"`).first()).toBeVisible();
    await expectNoScriptRan(page);
  });
}

test('a userinfo answer nested 100,000 levels deep ends in a clear failure, not a crash', async ({ page, results }) => {
  await launch(page, 'deep-userinfo');
  await expect(page).toHaveURL(/\/results$/, { timeout: 45_000 });
  await expect(results.flowError).toContainText('response_not_kept');
  await expect(results.flowError).toContainText('nested deeper than 64 levels');
  await expectNoScriptRan(page);
  await page.reload();
  await expect(results.flowError).toContainText('response_not_kept');
});

test('a 1 MB id_token is not kept, says why, and the page survives a reload', async ({ page, results }) => {
  await launch(page, 'huge-id-token');
  await expect(page).toHaveURL(/\/results$/, { timeout: 45_000 });
  await expect(results.flowError).toContainText('response_not_kept');
  await expect(results.flowError).toContainText('MB');
  await page.reload();
  await expect(results.flowError).toContainText('response_not_kept');
  await expectNoScriptRan(page);
});

test('a token endpoint that redirects to another origin is refused and explained', async ({ page, results }) => {
  await launch(page, 'redirecting-token');
  await expect(page).toHaveURL(/\/results$/, { timeout: 45_000 });
  await expect(results.flowError).toContainText('refused_by_playground');
  await expect(results.flowError).toContainText('redirect to another origin');
  await expectNoScriptRan(page);
});

test('HTML and javascript: URLs inside claims are shown as text, never run', async ({ page, results }) => {
  await launch(page, 'html-claims');
  await results.waitForRun();
  await expect(page.getByTestId(TEST_IDS.userinfoResponse)).toContainText('<script>window.__pwned=1</script>');
  await expect(page.getByTestId(TEST_IDS.idTokenPayload)).toContainText('<img src=x onerror=');
  await expect(page.locator('main img')).toHaveCount(0);
  await expectNoScriptRan(page);
});

test('corrupted run records in session storage are set aside on /results and /compare', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    sessionStorage.setItem('oidc-playground.runs', JSON.stringify([{ id: 1 }, { outcome: 'completed', exchanges: 'nope' }, null]));
    sessionStorage.setItem('oidc-playground.last-run', '{{{');
  });
  await page.goto('/results');
  await expect(page.getByTestId(TEST_IDS.storedRunsNotice)).toContainText('3 stored runs');
  await expect(page.getByRole('heading', { name: 'No results yet' })).toBeVisible();
  await page.goto('/compare');
  await expect(page.getByTestId(TEST_IDS.storedRunsNotice)).toBeVisible();
  await page.getByRole('button', { name: 'Clear the stored runs' }).click();
  await expect(page.getByTestId(TEST_IDS.storedRunsNotice)).toHaveCount(0);
  await page.evaluate(() => sessionStorage.setItem('oidc-playground.runs', 'not json at all'));
  await page.goto('/results');
  await expect(page.getByTestId(TEST_IDS.storedRunsNotice)).toContainText('One stored run');
  await expectNoScriptRan(page);
});

test.describe('a screen that fails', () => {
  // React reports the render error it caught; that is the point of the test.
  test.use({ allowedConsoleErrors: /Invalid URL|React Router caught/ });
  test('a record that breaks a screen brings up the app’s error page, which keeps the composition and clears the record', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'phone']);
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  // Well formed enough to pass the record check, but a URL no screen can read.
  await page.evaluate(() => {
    const runs = JSON.parse(sessionStorage.getItem('oidc-playground.runs')!);
    runs[0].exchanges[0].url = 'not a url';
    sessionStorage.setItem('oidc-playground.runs', JSON.stringify(runs));
  });
  await page.reload();
  const errorPage = page.getByTestId(TEST_IDS.appError);
  await expect(errorPage).toContainText('This screen ran into a problem');
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear this tab’s stored runs' }).click();
  await page.getByRole('link', { name: 'Back to composing' }).click();
  await expect(page.getByRole('region', { name: 'Scopes' }).getByLabel('phone')).toBeChecked();
  });
});

test('an import over the size limit is refused at the import, and the compose screen stays as it was', async ({ page, compose }) => {
  await compose.open();
  await page.getByLabel('Import JSON').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(' '.repeat(1_000_000)) });
  await expect(page.getByTestId(TEST_IDS.importMessage)).toContainText('accepts up to 200 kB');
  await expect(page.getByTestId(TEST_IDS.startSignin)).toBeEnabled();
});

test('the PKCE verifier and nonce live in session storage, and an abandoned sign-in leaves nothing behind', async ({ page, compose }) => {
  await compose.open();
  await compose.start();
  await expect(page).toHaveURL(/\/mock-op\/authorize/);
  const stored = await page.evaluate(() => ({
    session: Object.keys(sessionStorage).filter((k) => k.startsWith('oidc-playground.sign-in.')).map((k) => sessionStorage.getItem(k)!),
    local: Object.keys(localStorage).filter((k) => k.startsWith('oidc.') || (localStorage.getItem(k) ?? '').includes('code_verifier')),
  }));
  expect(stored.session).toHaveLength(1);
  expect(stored.session[0]).toContain('code_verifier');
  expect(stored.local).toEqual([]);
  // Back from the login page: the sign-in is abandoned and forgotten.
  await page.goBack();
  await expect(page.getByTestId(TEST_IDS.startSignin)).toBeEnabled();
  const left = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc-playground.sign-in.') || k.startsWith('oidc-playground.pending.')));
  expect(left).toEqual([]);
});

test('a double click on Start begins one sign-in', async ({ page, compose }) => {
  await compose.open();
  await page.getByTestId(TEST_IDS.startSignin).dblclick();
  await expect(page).toHaveURL(/\/mock-op\/authorize/);
  const pending = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc-playground.pending.')));
  expect(pending).toHaveLength(1);
});

test.describe('under the Content-Security-Policy', () => {
  test.use({ allowedConsoleErrors: /Executing inline script violates/ });
  test('the built page carries the policy and the referrer rule, and the editors are styled under it', async ({ page, compose, cspViolations }) => {
  await compose.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(policy).toContain(directive);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  // CodeMirror's injected styles applied: its editor lays out as a flex column.
  const editor = page.locator('.cm-editor').first();
  await expect(editor).toBeVisible();
  expect(await editor.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
  expect(cspViolations).toEqual([]);
  // An inline script is refused and reported (the fixture's list is emptied after checking it).
  const blocked = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
    return (window as unknown as { __pwned?: unknown }).__pwned;
  });
  expect(blocked).toBeUndefined();
    await expect.poll(() => cspViolations.some((v) => v.startsWith('script-src'))).toBe(true);
    cspViolations.length = 0;
  });
});

test('a megabyte pasted into login_hint is refused under that field, and Start waits until it is shortened', async ({ page, compose }) => {
  await compose.open();
  const loginHint = page.getByLabel('login_hint');
  await loginHint.fill('x'.repeat(1_000_000));
  await expect(loginHint).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#loginHint-messages')).toContainText('login_hint is 1.0 MB; the playground accepts up to 2 kB.');
  await expect(page.getByTestId(TEST_IDS.startSignin)).toBeDisabled();
  await loginHint.fill('karim@example.com');
  await expect(page.locator('#loginHint-messages')).toHaveCount(0);
  await expect(page.getByTestId(TEST_IDS.startSignin)).toBeEnabled();
});

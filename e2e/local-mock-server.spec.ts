import { mergeTests, type Page } from '@playwright/test';
import { test as mockOpTest } from '../mocks/server/playwright';
import { test as base, expect, TEST_IDS, byTestId } from './fixtures';

/**
 * The playground against its own mock run as a local HTTP server (oidc-playground-op), in real-provider
 * mode: the template, discovery, the server's login page with the user choice, verified tokens and the
 * explanation. The server is the package's Playwright fixture: one per worker on a free port.
 */
const test = mergeTests(base, mockOpTest);
const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_APP_PORT ?? 4173)}`;
// The server's token policy leaves out phone: only a run that reads the server's settings can say so.
test.use({ mockOpArgs: ['--redirect-uri', `${appOrigin}/callback`, '--allowed-scopes', 'openid profile email'] });

/** Real-provider mode with the "Local mock server" template, pointed at this worker's server. */
async function useLocalMockServer(page: Page, issuer: string) {
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Start from a template').selectOption({ label: 'Local mock server (oidc-playground-op)' });
  await expect(page.getByLabel('Issuer URL', { exact: true })).toHaveValue('http://127.0.0.1:4400');
  await expect(page.getByText('Start it with "npx oidc-playground-op --redirect-uri"')).toBeVisible();
  // The fixture's server listens on a free port rather than 4400.
  await page.getByLabel('Issuer URL', { exact: true }).fill(issuer);
  await page.getByLabel('Client ID').fill('playground');
}

test('the local mock server template signs in through the server’s login page as the user chosen there', async ({ page, compose, results, mockOp }) => {
  await compose.open();
  await useLocalMockServer(page, mockOp.issuer);
  await page.getByRole('button', { name: 'Fetch discovery' }).click();
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'ok');

  await compose.requestScopes(['openid', 'profile', 'email', 'phone']);
  await compose.start();
  await expect(page).toHaveURL((url) => url.origin === new URL(mockOp.issuer).origin);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await mockOp.signInOnPage(page, 'minimal');

  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  const payload = await results.json(TEST_IDS.idTokenPayload);
  expect(payload).toMatchObject({ iss: mockOp.issuer, aud: 'playground', sub: '6f1c2a4e-0b7d-4d8e-9a51-2f3b7c9d1e20' });
  expect(await results.json(TEST_IDS.userinfoResponse)).toMatchObject({ given_name: 'Mina' });
  expect(await results.scopeOutcomes()).toEqual({ openid: 'granted', profile: 'granted', email: 'granted', phone: 'dropped-by-policy' });

  // Explained as completely as an in-browser mock run: the server's settings, read at launch, and the
  // user chosen on its page (not the default one), found by sub.
  await expect(page.getByTestId(TEST_IDS.localServerNotice)).toHaveAttribute('data-state', 'explained');
  await expect(page.getByTestId(TEST_IDS.localServerNotice)).toContainText('a token policy that allows openid profile email');
  await expect(page.getByTestId(TEST_IDS.localServerNotice)).toContainText('the profile of minimal, the user who signed in');
  await expect(page.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'minimal');
  const phone = byTestId(page, TEST_IDS.scopeOutcome, { scope: 'phone' });
  await expect(phone).toHaveAttribute('data-reason', 'server-policy-excludes');
  await expect(phone).toContainText('dropped by policy');
  await expect(phone).toContainText('the local mock server’s token policy does not allow it');
  // Mina has no email: granted scope, missing claim, and the reason is her profile, as with the in-browser mock.
  const email = byTestId(page, TEST_IDS.claimOutcome, { claim: 'email', target: 'userinfo' });
  await expect(email).toHaveAttribute('data-outcome', 'missing');
  await expect(email).toHaveAttribute('data-absence', 'expected');
  await expect(email).toContainText('the user’s profile has no value for email');
  expect((await mockOp.requests()).map((r) => r.path)).toEqual(expect.arrayContaining(['/authorize', '/login', '/token', '/userinfo']));
});

test('a change to the server’s settings while the sign-in runs is said, not explained against either', async ({ page, compose, results, mockOp }) => {
  await compose.open();
  await useLocalMockServer(page, mockOp.issuer);
  await compose.requestScopes(['openid', 'profile', 'email', 'phone']);
  await compose.start();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  // The test changes the policy between the launch and the token request.
  await mockOp.configure({ allowedScopes: ['openid', 'profile', 'email', 'phone'] });
  await mockOp.signInOnPage(page, 'full');

  await results.waitForRun();
  await expect(page.getByTestId(TEST_IDS.localServerNotice)).toHaveAttribute('data-state', 'unreadable');
  await expect(page.getByTestId(TEST_IDS.localServerNotice)).toContainText('changed while this sign-in ran');
  await expect(byTestId(page, TEST_IDS.scopeOutcome, { scope: 'phone' })).toHaveAttribute('data-reason', 'listed-in-token-response');
});

test.describe('when the server’s settings cannot be read', () => {
  // page.route does not see what a service worker fetches; real-provider mode needs none.
  test.use({ serviceWorkers: 'block', allowedConsoleErrors: /Failed to load resource: the server responded with a status of 503/ });

  test('the results say so, and explain the run as any real provider’s', async ({ page, compose, results, mockOp }) => {
    await page.route('**/__playground/settings', (route) => route.fulfill({ status: 503, headers: { 'Access-Control-Allow-Origin': '*' }, body: '' }));
    await compose.open();
    await useLocalMockServer(page, mockOp.issuer);
    await compose.requestScopes(['openid', 'profile', 'email', 'phone']);
    // No page: the server signs in the user armed through its control API.
    await mockOp.signInAs('minimal');
    await compose.start();

    await results.waitForRun();
    await expect(page.getByTestId(TEST_IDS.localServerNotice)).toHaveAttribute('data-state', 'unreadable');
    await expect(page.getByTestId(TEST_IDS.localServerNotice)).toContainText('could not be read: its settings endpoint answered HTTP 503');
    const phone = byTestId(page, TEST_IDS.scopeOutcome, { scope: 'phone' });
    await expect(phone).toHaveAttribute('data-reason', 'not-granted');
    await expect(phone).toContainText('the provider does not say why');
    await expect(byTestId(page, TEST_IDS.claimOutcome, { claim: 'email', target: 'userinfo' })).toContainText('perhaps for want of a value');
  });
});

import { mergeTests } from '@playwright/test';
import { test as mockOpTest } from '../mocks/server/playwright';
import { test as base, expect, TEST_IDS, byTestId } from './fixtures';

/**
 * The playground against its own mock run as a local HTTP server (oidc-playground-op), in real-provider
 * mode: the template, discovery, the server's login page with the user choice, verified tokens and the
 * explanation. The server is the package's Playwright fixture: one per worker on a free port.
 */
const test = mergeTests(base, mockOpTest);
const appOrigin = `http://127.0.0.1:${Number(process.env.E2E_APP_PORT ?? 4173)}`;
test.use({ mockOpArgs: ['--redirect-uri', `${appOrigin}/callback`] });

test('the local mock server template signs in through the server’s login page as the user chosen there', async ({ page, compose, results, mockOp }) => {
  await compose.open();
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Start from a template').selectOption({ label: 'Local mock server (oidc-playground-op)' });
  await expect(page.getByLabel('Issuer URL', { exact: true })).toHaveValue('http://127.0.0.1:4400');
  await expect(page.getByText('Start it with "npx oidc-playground-op --redirect-uri"')).toBeVisible();
  // The fixture's server listens on a free port rather than 4400.
  await page.getByLabel('Issuer URL', { exact: true }).fill(mockOp.issuer);
  await page.getByLabel('Client ID').fill('playground');
  await page.getByRole('button', { name: 'Fetch discovery' }).click();
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'ok');

  await compose.requestScopes(['openid', 'profile', 'email']);
  await compose.start();
  await expect(page).toHaveURL((url) => url.origin === new URL(mockOp.issuer).origin);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await mockOp.signInOnPage(page, 'minimal');

  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  const payload = await results.json(TEST_IDS.idTokenPayload);
  expect(payload).toMatchObject({ iss: mockOp.issuer, aud: 'playground', sub: '6f1c2a4e-0b7d-4d8e-9a51-2f3b7c9d1e20' });
  expect(await results.json(TEST_IDS.userinfoResponse)).toMatchObject({ given_name: 'Mina' });
  expect(await results.scopeOutcomes()).toEqual({ openid: 'granted', profile: 'granted', email: 'granted' });
  // Mina has no email: granted scope, missing claim, as with the in-browser mock.
  await expect(byTestId(page, TEST_IDS.claimOutcome, { claim: 'email', target: 'userinfo' })).toHaveAttribute('data-outcome', 'missing');
  expect((await mockOp.requests()).map((r) => r.path)).toEqual(expect.arrayContaining(['/authorize', '/login', '/token', '/userinfo']));
});

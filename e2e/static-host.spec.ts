import { ALL_ROUTES, ROUTES } from '../src/domain/site/routes';
import { needsServers, test, expect, TEST_IDS } from './fixtures';
import { STATIC_BASE, STATIC_ORIGIN } from './support/static-host';

needsServers('staticHost');

// The build made with `--base=/oidc-playground/`, served by a plain file server: files only, under
// the base, no single-page fallback and no rewrite rules (e2e/support/static-server.mjs).
const app = `${STATIC_ORIGIN}${STATIC_BASE}`;
test.use({ baseURL: app });
// Every step here is a full page load that starts the mock's worker afresh: give a busy machine time.
test.slow();
const FLOW_TIMEOUT = { timeout: 30_000 };

test('the mock flow runs entirely under the sub-path, and /results survives a reload', async ({ page, compose, login, results }) => {
  await page.goto(`${app}?scope=openid%20email`);
  await expect(compose.startButton).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.permalink)).toHaveText(new RegExp(`^${app.replace(/[/.]/g, '\\$&')}\\?scope=`));
  await compose.start();

  await expect(page).toHaveURL(new RegExp(`${STATIC_BASE}mock-op/authorize\\?`), FLOW_TIMEOUT);
  await login.signIn();
  await expect(page).toHaveURL(`${app}results`, FLOW_TIMEOUT);
  await results.waitForRun();
  await expect(page).toHaveURL(`${app}results`);
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  const payload = await results.json(TEST_IDS.idTokenPayload);
  expect(payload.iss).toBe(`${app}mock-op`);
  await expect(page.getByTestId(TEST_IDS.authorizeUrl)).toContainText(`redirect_uri=${app}callback`);

  // The worker lives under the base path and controls only it.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(app);

  // A reload asks the host for /oidc-playground/results: a file, not a fallback.
  const reload = await page.reload();
  expect(reload?.status()).toBe(200);
  await expect(results.signature).toHaveAttribute('data-status', 'valid');

  // Navigation stays under the sub-path.
  // (The router writes the base without its trailing slash; a file server redirects that to the slash.)
  await page.getByRole('link', { name: 'Compose', exact: true }).click();
  await expect(page).toHaveURL(`${STATIC_ORIGIN}${STATIC_BASE.slice(0, -1)}`);
  await expect(compose.startButton).toBeVisible();
});

test('sign-out at the mock comes back to /signed-out under the sub-path', async ({ page, results }) => {
  await page.goto(`${app}?scope=openid&autostart=1&autologin=1`);
  await expect(page).toHaveURL(`${app}results`, FLOW_TIMEOUT);
  await results.waitForRun();
  await page.getByRole('button', { name: 'Sign out at the provider' }).click();
  await expect(page).toHaveURL(new RegExp(`${STATIC_BASE}signed-out\\?`), FLOW_TIMEOUT);
  await expect(page.getByRole('heading', { name: 'Signed out at the provider' })).toBeVisible();
});

test('every route loads directly from the file server, and other paths are its 404', async ({ page, request }) => {
  // A direct /callback with no sign-in and /mock-op/* with no request are errors the app explains.
  for (const route of ALL_ROUTES) {
    const response = await page.goto(`${app}${route.slice(1)}`);
    expect(response?.status(), route).toBe(200);
    await expect(page.locator('#root').getByRole('heading').first(), route).toBeVisible(FLOW_TIMEOUT);
    await expect(page.getByRole('heading', { name: 'Page not found' }), route).toHaveCount(0);
  }
  expect((await request.get(`${app}no-such-route`)).status()).toBe(404);
  expect((await request.get(`${STATIC_ORIGIN}${ROUTES.results}`)).status()).toBe(404);
});

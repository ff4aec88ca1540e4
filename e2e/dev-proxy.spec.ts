import { needsServers, test, expect, TEST_IDS, byTestId } from './fixtures';
import type { ComposePage } from './pages/compose-page';
import { signInAtRealProvider } from './pages/real-provider-login';
import { DEV_ORIGIN } from './support/dev-server';
import { REAL_CLIENT_ID, REAL_PROVIDER_APP_ORIGIN, REAL_PROVIDER_ISSUER } from './support/real-provider';

needsServers('realProvider', 'devServer');

/**
 * The real-provider flow from the dev server (`npm start`), against the certified OP configured to
 * send no CORS headers to the dev server's origin on its token, userinfo, introspection and
 * revocation endpoints (playwright.config.ts, --no-cors-app-origin): once without the local proxy
 * (the CORS refusal, explained), once through it (the flow completes, and says which calls went
 * through the proxy). Then what the proxy refuses.
 */
const ISSUER = REAL_PROVIDER_ISSUER;
test.use({ baseURL: DEV_ORIGIN });
// A browser logs refused cross-origin calls; oidc-provider's pages ask for a web font and a favicon.
test.use({ allowedConsoleErrors: /Access-Control-Allow-Origin|CORS policy|Failed to load resource/ });
// Real-provider mode needs no service worker; page.route is not used either.
test.use({ serviceWorkers: 'block' });
// The dev server compiles modules on first request, and the flow visits two sites.
test.slow();

async function useRealProvider(compose: ComposePage) {
  const { page } = compose;
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Issuer URL', { exact: true }).fill(ISSUER);
  await page.getByLabel('Client ID').fill(REAL_CLIENT_ID);
  await page.getByRole('button', { name: 'Fetch discovery' }).click();
  await expect(page.getByTestId(TEST_IDS.discoveryStatus)).toHaveAttribute('data-status', 'ok', { timeout: 20_000 });
}

const proxyOption = (compose: ComposePage) => compose.page.getByRole('checkbox', { name: /through the dev server’s local proxy/ });

test('without the local proxy, the token call is refused by CORS, and the results say so', async ({ page, compose, results }) => {
  await compose.open();
  await useRealProvider(compose);
  await expect(proxyOption(compose)).toBeVisible();
  await expect(proxyOption(compose)).not.toBeChecked();
  await compose.requestScopes(['openid', 'email']);
  await compose.start();
  await signInAtRealProvider(page);
  await expect(page).toHaveURL(/\/results$/, { timeout: 30_000 });
  await expect(results.flowError).toContainText('cors_blocked');
  await expect(results.flowError).toContainText(`token call to ${ISSUER}/token`);
  await expect(results.flowError).toContainText(`Access-Control-Allow-Origin for this origin (${DEV_ORIGIN})`);
  // On the dev server the explanation points to the proxy.
  await expect(results.flowError).toContainText('through the dev server’s local proxy');
  await expect(page.getByTestId(TEST_IDS.devProxyNotice)).toHaveCount(0);
});

test('through the opt-in local proxy, the flow completes and every proxied call is marked', async ({ page, compose, results }) => {
  await compose.open();
  await useRealProvider(compose);
  await proxyOption(compose).check();
  await page.locator('#provider').screenshot({ path: test.info().outputPath('provider-with-proxy-option.png') });
  await compose.requestScopes(['openid', 'email']);
  await compose.start();
  await expect(page).toHaveURL((url) => url.origin === new URL(ISSUER).origin);
  await signInAtRealProvider(page);
  await expect(page).toHaveURL(/\/results$/, { timeout: 30_000 });
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  expect(await results.json(TEST_IDS.idTokenPayload)).toMatchObject({ iss: ISSUER, aud: REAL_CLIENT_ID });
  expect(await results.json(TEST_IDS.userinfoResponse)).toMatchObject({ email: 'ada@example.test' });

  // The results say which calls went through the proxy: token and userinfo, not discovery or the JWKS.
  const notice = page.getByTestId(TEST_IDS.devProxyNotice);
  await expect(notice).toHaveAttribute('data-count', '2');
  await expect(notice).toContainText(`POST ${ISSUER}/token`);
  await expect(notice).toContainText(`GET ${ISSUER}/me`);
  const viaProxy = byTestId(page, TEST_IDS.sequenceStep).and(page.locator('[data-via="local-proxy"]'));
  await expect(viaProxy).toHaveCount(2);
  await expect(viaProxy.nth(0)).toContainText('POST /token (via local proxy)');
  await expect(viaProxy.nth(1)).toContainText('GET /me (via local proxy)');
  await expect(byTestId(page, TEST_IDS.sequenceStep).filter({ hasText: 'GET /.well-known/openid-configuration' })).not.toHaveAttribute('data-via', /./);
  await notice.screenshot({ path: test.info().outputPath('dev-proxy-notice.png') });
  await page.locator('#sequence').screenshot({ path: test.info().outputPath('sequence-via-proxy.png') });

  // Introspection goes through it too (oidc-provider answers the dev origin without CORS).
  await page.getByRole('button', { name: 'Introspect access token' }).click();
  expect(JSON.parse(await page.getByTestId(TEST_IDS.introspectionResponse).innerText())).toMatchObject({ active: true, client_id: REAL_CLIENT_ID });
});

test.describe('what the local proxy refuses', () => {
  const forward = (issuer: string, target: string) => `${DEV_ORIGIN}/__playground-proxy/forward?${new URLSearchParams({ issuer, target })}`;
  const marked = { 'x-playground-proxy': '1' };

  test('only the chosen issuer’s token, userinfo, introspection and revocation endpoints, only for the playground', async ({ request }) => {
    expect(await (await request.get(`${DEV_ORIGIN}/__playground-proxy/status`)).json()).toMatchObject({ offered: true, loopbackOnly: true });

    // Not an endpoint of the issuer's discovery document: the JWKS, the app itself, another host.
    for (const target of [`${ISSUER}/jwks`, `${DEV_ORIGIN}/`, 'https://example.com/token']) {
      const answer = await request.post(forward(ISSUER, target), { headers: marked, form: { a: 'b' } });
      expect(answer.status(), target).toBe(403);
      expect(await answer.json()).toMatchObject({ error: 'proxy_refused', reason: 'not-an-endpoint' });
    }
    // The right endpoint with the wrong method.
    const get = await request.get(forward(ISSUER, `${ISSUER}/token`), { headers: marked });
    expect(await get.json()).toMatchObject({ error: 'proxy_refused', reason: 'method' });
    // Without the playground's header (a form posted by another site could not add it).
    const unmarked = await request.post(forward(ISSUER, `${ISSUER}/token`), { form: { grant_type: 'authorization_code' } });
    expect(unmarked.status()).toBe(403);
    expect((await unmarked.json()).error_description).toContain('x-playground-proxy');
    // Another site's page, even on this machine.
    const foreign = await request.post(forward(ISSUER, `${ISSUER}/token`), { headers: { ...marked, Origin: 'https://evil.example' }, form: { a: 'b' } });
    expect(await foreign.json()).toMatchObject({ reason: 'foreign-origin' });
    // An issuer that is not one: the proxy fetches its discovery itself, and gets nothing.
    const noIssuer = await request.post(forward('http://127.0.0.1:1', 'http://127.0.0.1:1/token'), { headers: marked, form: { a: 'b' } });
    expect(noIssuer.status()).toBe(502);
    expect((await noIssuer.json()).error_description).toContain('could not fetch the issuer');
    // The right endpoint, the right method: forwarded (the OP answers the bogus grant itself).
    const forwarded = await request.post(forward(ISSUER, `${ISSUER}/token`), { headers: marked, form: { grant_type: 'authorization_code', code: 'nope', client_id: REAL_CLIENT_ID } });
    expect(forwarded.headers()['x-playground-proxy']).toBe('forwarded');
    expect(await forwarded.json()).toMatchObject({ error: expect.stringMatching(/^invalid_/) });
  });

  test('a built site offers no proxy, so the option is not shown', async ({ page, request }) => {
    const status = await request.get(`${REAL_PROVIDER_APP_ORIGIN}/__playground-proxy/status`);
    expect(status.headers()['content-type'] ?? '').not.toContain('application/json');
    await page.goto(`${REAL_PROVIDER_APP_ORIGIN}/`);
    await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
    await page.getByLabel('Issuer URL', { exact: true }).fill(ISSUER);
    await expect(page.getByLabel('Client ID')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /local proxy/ })).toHaveCount(0);
  });
});

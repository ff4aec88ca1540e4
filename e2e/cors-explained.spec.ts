import { needsServers, test, expect, TEST_IDS } from './fixtures';
import type { ComposePage } from './pages/compose-page';
import { signInAtRealProvider } from './pages/real-provider-login';
import { REAL_CLIENT_ID, REAL_PROVIDER_APP_ORIGIN, REAL_PROVIDER_ISSUER } from './support/real-provider';
import { forwardTo, startNoCorsServer } from './support/no-cors-server';

needsServers('realProvider');

// A browser logs every refused cross-origin call and failed load; oidc-provider's pages ask for a web font.
test.use({ allowedConsoleErrors: /Access-Control-Allow-Origin|CORS policy|Failed to load resource/ });
// page.route does not see requests a service worker makes, and MSW's worker (started in the background
// for the mock) passes every other request through itself. Real-provider mode does not need it.
test.use({ serviceWorkers: 'block' });
// Two providers' pages and a token exchange on a busy machine.
test.slow();

async function useRealProvider(compose: ComposePage, issuer: string) {
  const { page } = compose;
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Issuer URL', { exact: true }).fill(issuer);
  await page.getByLabel('Client ID').fill(REAL_CLIENT_ID);
}

test('a provider that answers without CORS is told apart from one that does not answer at all', async ({ page, compose }) => {
  // Up, but its discovery document carries no Access-Control-Allow-Origin.
  const server = await startNoCorsServer(async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }));
  try {
    await compose.open();
    await useRealProvider(compose, server.origin);
    await page.getByRole('button', { name: 'Fetch discovery' }).click();
    const status = page.getByTestId(TEST_IDS.discoveryStatus);
    await expect(status).toHaveAttribute('data-status', 'error');
    await expect(status).toContainText(`The provider answered the discovery call to ${server.origin}/.well-known/openid-configuration`);
    await expect(status).toContainText(`Access-Control-Allow-Origin for this origin (${REAL_PROVIDER_APP_ORIGIN})`);

    // Nothing listens here: no answer even without CORS.
    await useRealProvider(compose, 'http://127.0.0.1:4999');
    await page.getByRole('button', { name: 'Fetch discovery' }).click();
    await expect(status).toContainText('No answer from http://127.0.0.1:4999/.well-known/openid-configuration');
    await expect(status).toContainText('not a CORS refusal');
  } finally {
    await server.close();
  }
});

test('a token endpoint that refuses cross-origin calls is named, with the header the provider must send', async ({ page, compose, results }) => {
  // The certified OP, whose discovery document sends the token call to a forwarder that drops its CORS headers.
  const tokenProxy = await startNoCorsServer(forwardTo(REAL_PROVIDER_ISSUER));
  try {
    await page.route(`${REAL_PROVIDER_ISSUER}/.well-known/openid-configuration`, async (route) => {
      const response = await route.fetch();
      const document = { ...(await response.json()), token_endpoint: `${tokenProxy.origin}/token` };
      await route.fulfill({ response, json: document });
    });
    await compose.open();
    await useRealProvider(compose, REAL_PROVIDER_ISSUER);
    await compose.requestScopes(['openid']);
    await compose.start();
    await signInAtRealProvider(page);
    await expect(page).toHaveURL(/\/results$/, { timeout: 20_000 });
    await expect(results.flowError).toContainText('cors_blocked');
    await expect(results.flowError).toContainText(`token call to ${tokenProxy.origin}/token`);
    await expect(results.flowError).toContainText(`Access-Control-Allow-Origin for this origin (${REAL_PROVIDER_APP_ORIGIN})`);
  } finally {
    await tokenProxy.close();
  }
});

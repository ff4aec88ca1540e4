import { test, expect, TEST_IDS } from './fixtures';
import type { ComposePage } from './pages/compose-page';
import { signInAtLemonldap } from './pages/real-provider-login';
import { LLNG_CLIENT_ID, LLNG_ISSUER } from './support/lemonldap';

test.use({ allowedConsoleErrors: /Failed to load resource/ });

async function useLemonldap(compose: ComposePage, issuer = LLNG_ISSUER, clientId = LLNG_CLIENT_ID) {
  const { page } = compose;
  await page.getByRole('radio', { name: 'A real provider by issuer URL' }).check();
  await page.getByLabel('Issuer URL', { exact: true }).fill(issuer);
  await page.getByLabel('Client ID').fill(clientId);
}

test('explore', async ({ page, compose, results }) => {
  await compose.open();
  await useLemonldap(compose);
  await compose.requestScopes(['openid', 'profile', 'email', 'phone']);
  await compose.start();
  await expect(page).toHaveURL((url) => url.origin === new URL(LLNG_ISSUER).origin);
  await signInAtLemonldap(page);
  await results.waitForRun();
  await page.screenshot({ path: 'shots/llng-explore.png', fullPage: true });
  console.log(await page.locator('main').innerText());

});

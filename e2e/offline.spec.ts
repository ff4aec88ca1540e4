import { test, expect, TEST_IDS } from './fixtures';

test('once loaded, the whole mock flow works with the network off', async ({ page, context, compose, login, results }) => {
  await compose.open();
  await expect(page.locator('html')).toHaveAttribute('data-prefetched', 'true');
  await context.setOffline(true);

  await compose.requestScopes(['openid', 'email', 'address']);
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  await expect(results.scopeOutcome('address')).toHaveAttribute('data-outcome', 'dropped-by-policy');
});

test.describe('after a reload with the network off', () => {
  // The one request that must fail offline (the check below that the network really is off).
  test.use({ allowedConsoleErrors: /Failed to load resource: net::ERR_INTERNET_DISCONNECTED|favicon\.svg/ });

  test('the app’s service worker serves the shell and its chunks, and the whole mock flow runs', async ({ page, context, compose, login, results }) => {
    test.setTimeout(60_000);
    await compose.open();
    await expect(page.locator('html')).toHaveAttribute('data-prefetched', 'true');
    // One worker for the app's scope: the app's own, which imports MSW's.
    const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(worker).toMatch(/\/app-worker\.js$/);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    const fromWorker: string[] = [];
    page.on('response', (response) => {
      if (response.fromServiceWorker()) fromWorker.push(new URL(response.url()).pathname);
    });
    await page.reload();
    await expect(page.getByTestId(TEST_IDS.startSignin)).toBeEnabled();
    expect(fromWorker).toContain('/');
    expect(fromWorker.some((path) => /^\/assets\/index-.*\.js$/.test(path))).toBe(true);
    // The network really is off: a file the worker does not keep cannot be fetched.
    expect(await page.evaluate(() => fetch('/favicon.svg', { cache: 'no-store' }).then(() => 'fetched', () => 'failed'))).toBe('failed');

    await compose.requestScopes(['openid', 'email', 'address']);
    await compose.start();
    await login.signIn();
    await results.waitForRun();
    await expect(results.signature).toHaveAttribute('data-status', 'valid');
    await expect(results.scopeOutcome('address')).toHaveAttribute('data-outcome', 'dropped-by-policy');
    await page.screenshot({ path: test.info().outputPath('offline-after-reload.png') });
  });
});

import { test, expect } from './fixtures';

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

import { test, expect } from './fixtures';

test('denying at the mock login page shows access_denied and keeps the request', async ({ page, compose, login, results }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'phone']);
  await compose.start();
  await login.deny();

  await expect(page).toHaveURL(/\/results$/);
  await expect(results.flowError).toContainText('access_denied');
  await expect(results.flowError).toContainText('declined');

  await page.getByRole('link', { name: 'Edit the request and run again' }).click();
  await expect(compose.scopes.getByRole('checkbox', { name: 'phone' })).toBeChecked();
  await expect(compose.scopes.getByRole('checkbox', { name: 'email' })).not.toBeChecked();
});

// This team's sign-in tests, written against the package as installed from its tarball.
import { test, expect } from 'oidc-playground/playwright';

const port = Number(process.env.SPA_PORT ?? 3000);
test.use({ mockOpArgs: ['--client-id', 'separate-spa', '--redirect-uri', `http://127.0.0.1:${port}/callback`] });

test('signs in on the provider’s login page as the user chosen there', async ({ page, mockOp }) => {
  await page.goto(`/?issuer=${encodeURIComponent(mockOp.issuer)}`);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await mockOp.signInOnPage(page, 'minimal');

  await expect(page.getByRole('status')).toHaveText('Signed in');
  await expect(page.locator('#name')).toHaveText('Mina');
  const token = (await mockOp.requests()).find((r) => r.path === '/token');
  expect(token.form.client_id).toBe('separate-spa');
});

test('signs in without a page as the user the test names', async ({ page, mockOp }) => {
  await mockOp.addUsers([{ name: 'ada', profile: { uuid: 'ada-1', givenName: 'Ada' } }]);
  await mockOp.signInAs('ada');
  await page.goto(`/?issuer=${encodeURIComponent(mockOp.issuer)}`);

  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('status')).toHaveText('Signed in');
  await expect(page.locator('#subject')).toHaveText('ada-1');
});

test('shows the error when the test breaks the token endpoint', async ({ page, mockOp }) => {
  await mockOp.signInAs('full');
  await mockOp.armFault('tokenInvalidGrant');
  await page.goto(`/?issuer=${encodeURIComponent(mockOp.issuer)}`);

  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('status')).toHaveText('Sign-in failed: invalid_grant');
});

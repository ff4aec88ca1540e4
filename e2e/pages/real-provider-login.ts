import { expect, type Page } from '@playwright/test';

/** oidc-provider's development login and consent pages (devInteractions). */
export async function signInAtRealProvider(page: Page): Promise<void> {
  await page.getByPlaceholder('Enter any login').fill('ada');
  await page.getByPlaceholder('and password').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.getByRole('button', { name: 'Continue' });
  await expect(consent).toBeVisible();
  await consent.click();
}

/**
 * LemonLDAP::NG's portal login page (templates/bootstrap/standardform.tpl, translated in the
 * browser from static/languages/en.json): placeholders "Login" and "Password", button "Connect".
 * With the Demo backend the password is the login.
 */
export async function signInAtLemonldap(page: Page, user = 'dwho'): Promise<void> {
  await expect(page.getByRole('heading', { name: /authentication portal/i }).or(page.getByText('Authentication required'))).toBeVisible();
  await page.getByPlaceholder('Login').fill(user);
  await page.getByPlaceholder('Password').fill(user);
  await page.getByRole('button', { name: 'Connect' }).click();
}

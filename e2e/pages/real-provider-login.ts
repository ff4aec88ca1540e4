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

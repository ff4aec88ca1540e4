import { test, expect, TEST_IDS, byTestId } from './fixtures';

test('a slow JWKS shows a status line that names the step and counts the seconds, then the run completes', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByRole('checkbox', { name: 'JWKS answers after 3 seconds' }).check();
  await compose.start();
  await login.signIn();

  const status = byTestId(page, TEST_IDS.progressStatus);
  await expect(status).toHaveAttribute('data-state', 'waiting');
  await expect(status).toHaveAttribute('data-step', 'verification');
  // Announced: the step is in a polite live region, the ticking seconds are not.
  await expect(status.getByRole('status')).toHaveText('Fetching the provider’s published keys to check the id_token’s signature…');
  await expect(status.locator('.elapsed')).toHaveText(/^[1-2]\.\d s$/);
  // The login page still shows while the app finishes: its buttons are disabled, and look it.
  for (const button of [byTestId(page, TEST_IDS.mockLoginSubmit), byTestId(page, TEST_IDS.mockLoginDeny)]) {
    await expect(button).toBeDisabled();
    await expect(button).toHaveCSS('opacity', '0.55');
  }
  await page.screenshot({ path: 'shots/i27/wait-status.png' });
  await results.waitForRun();
  await expect(status).toHaveAttribute('data-state', 'idle');
});

test('after 10 s the status line says the provider is slow; Cancel leaves a failed run that says where it stopped', async ({ page, compose, login, results }) => {
  await page.clock.install();
  await compose.open();
  await page.getByRole('checkbox', { name: 'JWKS answers after 3 seconds' }).check();
  await compose.start();
  await login.signIn();

  const status = byTestId(page, TEST_IDS.progressStatus);
  await expect(status).toHaveAttribute('data-step', 'verification');
  // Ten seconds pass on the page's clock without firing its timers: the JWKS is still on its way.
  await page.clock.setSystemTime(Date.now() + 11_000);
  await expect(status).toHaveAttribute('data-state', 'slow');
  await expect(status.getByRole('status')).toContainText('The provider is slow to answer.');
  await status.getByRole('button', { name: 'Cancel' }).click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(results.flowError).toContainText('cancelled');
  await expect(page.getByText(/Cancelled after 1\d s while waiting for .*\/jwks\. The run stopped at this step: fetching the provider’s published keys/).first()).toBeVisible();
});

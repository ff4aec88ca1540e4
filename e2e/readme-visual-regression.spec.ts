// e2e/my-configuration.spec.ts
import { test, expect } from '@playwright/test';

const run = new URLSearchParams({
  scope: 'openid email address',
  allowed_scopes: 'openid email', // our token policy
  claims: JSON.stringify({ id_token: { email: null } }),
  clock: '2026-01-15T09:30:00Z',
  seed: 'my-team',
  autostart: '1',
  autologin: '1',
});

// Page to results takes 4–9 s on a busy 2-core machine (the worker starts on every page load of
// the flow): more than Playwright's default 5 s expect timeout. Give the first assertion 20 s and
// the test 60 s; the later assertions find the results already on screen.
test.setTimeout(60_000);

// The playground follows the system's light or dark theme: pin it, or the baseline depends on the
// machine that took it.
test.use({ colorScheme: 'light' });

test('our configuration, explained', async ({ page }) => {
  // baseURL (playwright.config.ts) is wherever your suite serves the playground: any host, any port.
  await page.goto(`/?${run}`);
  await expect(page.getByTestId('signature-status')).toHaveAttribute('data-status', 'valid', { timeout: 20_000 });
  await expect(page.locator('[data-testid="scope-outcome"][data-scope="address"]')).toHaveAttribute('data-outcome', 'dropped-by-policy');
  await expect(page).toHaveScreenshot('our-configuration.png', {
    fullPage: true,
    // The tokens do not depend on the origin in deterministic mode; the authorize request does (its
    // redirect_uri), so it is masked and one baseline holds on every host and port.
    mask: [page.getByTestId('authorize-url')],
  });
});

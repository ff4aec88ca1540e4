import { test, expect } from './fixtures';

test.describe.configure({ timeout: 180_000 });
for (const size of [{ width: 360, height: 740 }, { width: 1024, height: 768 }]) {
  test(`shots ${size.width}`, async ({ page, compose, login }) => {
    await page.setViewportSize(size);
    await compose.open();
    await expect(page.locator('.cm-content').first()).toBeVisible();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `/tmp/wt14-shots/compose-${size.width}.png`, fullPage: true });
    await page.screenshot({ path: `/tmp/wt14-shots/compose-${size.width}-viewport.png` });
    await page.getByRole('region', { name: 'Extra parameters' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/wt14-shots/compose-${size.width}-scrolled.png` });
    await compose.start();
    await expect(page.getByTestId('mock-login-submit')).toBeVisible();
    await page.screenshot({ path: `/tmp/wt14-shots/login-${size.width}.png`, fullPage: true });
    await login.signIn();
    await expect(page.getByTestId('id-token-payload')).toBeVisible();
    await page.screenshot({ path: `/tmp/wt14-shots/results-${size.width}.png`, fullPage: true });
    await page.goto('/scenarios');
    await page.locator('[data-scenario="policy-drops-address"]').getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('scenario-verdict')).toBeVisible();
    await page.screenshot({ path: `/tmp/wt14-shots/verdict-${size.width}.png`, fullPage: true });
    for (const path of ['/scenarios', '/compare', '/catalogue', '/signed-out']) {
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      await page.screenshot({ path: `/tmp/wt14-shots/${path.slice(1)}-${size.width}.png`, fullPage: true });
    }
    await page.goto('/');
    await compose.scopes.getByRole('checkbox', { name: 'openid' }).uncheck();
    await page.getByLabel('prompt').fill('nonee');
    await page.getByRole('textbox', { name: 'Mock user profile JSON' }).fill('{\n  "uuid": "x",\n  "givenName": \n}');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/wt14-shots/errors-${size.width}.png`, fullPage: true });
  });
}

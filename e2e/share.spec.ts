import { readFile } from 'node:fs/promises';
import { test, expect, TEST_IDS } from './fixtures';

test('the permalink reopens exactly the composed request in a fresh browser, and holds no token', async ({ page, compose, browser }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'email', 'bob']);
  await compose.typeClaims('{"id_token":{"gender":null}}');
  await compose.allowScopes(['openid', 'email']);
  await page.getByLabel('Other authorize parameters (name=value, one per line)').fill('audience=https://api.example.com');
  const link = await page.getByTestId(TEST_IDS.permalink).innerText();
  expect(link).not.toMatch(/access_token|refresh_token|code_verifier|[?&]code=|[?&]state=/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const preview = other.getByTestId(TEST_IDS.authorizeUrl);
  await expect(preview).toContainText('scope=openid email bob');
  await expect(preview).toContainText('claims={"id_token":{"gender":null}}');
  await expect(preview).toContainText('audience=https://api.example.com');
  await expect(other.getByRole('group', { name: 'Token policy: allowed scopes' }).getByRole('checkbox', { name: 'profile' })).not.toBeChecked();
  await fresh.close();
});

test('export writes a JSON file that import reads back; a bad file is refused with a reason and changes nothing', async ({ page, compose }, testInfo) => {
  await compose.open();
  await compose.requestScopes(['openid', 'phone']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = testInfo.outputPath('request.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { request: { mock: { user: unknown; loginPolicy: unknown } } };
  // Version 2: the mock user and login policy are JSON objects, not escaped strings.
  expect(exported).toMatchObject({ format: 'oidc-playground-request', version: 2 });
  expect(exported.request.mock.user).toMatchObject({ givenName: 'Karim' });
  expect(exported.request.mock.loginPolicy).toMatchObject({ customScopes: {} });

  await compose.requestScopes(['openid']);
  await page.getByLabel('Import JSON').setInputFiles(file);
  await expect(page.getByTestId(TEST_IDS.importMessage)).toContainText('Loaded request.json');
  await expect(compose.scopes.getByRole('checkbox', { name: 'phone' })).toBeChecked();

  await page.getByLabel('Import JSON').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"oidc-playground-request","version":1,"request":{"clientId":7}}') });
  await expect(page.getByTestId(TEST_IDS.importMessage)).toContainText('broken.json: request.clientId must be text. Nothing was changed.');
  await expect(compose.scopes.getByRole('checkbox', { name: 'phone' })).toBeChecked();
});

test('dark theme and larger text stay on across a reload; panels collapse and expand', async ({ page, compose }) => {
  await compose.open();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Larger text' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-text', 'large');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Collapse Scopes' }).click();
  await expect(compose.scopes.getByRole('checkbox', { name: 'email' })).toBeHidden();
  await page.getByRole('button', { name: 'Expand Scopes' }).click();
  await expect(compose.scopes.getByRole('checkbox', { name: 'email' })).toBeVisible();
});

test('a bad extra parameter is refused where it was typed', async ({ page, compose }) => {
  await compose.open();
  await page.getByLabel('Other authorize parameters (name=value, one per line)').fill('scope=openid');
  await expect(page.locator('#customParams-messages')).toContainText('scope has its own place; set it in the Scopes panel');
  await expect(compose.startButton).toBeDisabled();
});

for (const viewport of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
  test(`the compose and results screens fit ${viewport.width}×${viewport.height} without sideways scrolling`, async ({ page, compose, login, results }) => {
    await page.setViewportSize(viewport);
    await compose.open();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await compose.start();
    await login.signIn();
    await results.waitForRun();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

import { test, expect } from './fixtures';

test('invalid claims JSON blocks the start with its position, and survives a reload', async ({ page, compose }) => {
  await compose.open();
  const broken = '{"userinfo": {"email": null,}}';
  await compose.typeClaims(broken);

  await expect(compose.startButton).toBeDisabled();
  const reason = page.locator('#start-reasons');
  await expect(reason).toContainText('Claims request, line 1, column 29');
  await expect(reason).toContainText('Not valid JSON');
  await expect(page.locator('#claims-messages')).toContainText('line 1, column 29');

  await page.reload();
  await expect(page.locator('.cm-content[aria-label="Claims request JSON"]')).toHaveText(broken);
  await expect(compose.startButton).toBeDisabled();

  await compose.typeClaims('{"userinfo": {"email": null}}');
  await expect(compose.startButton).toBeEnabled();
});

test('a claim shape error names the member, and a mistyped name gets a hint without blocking', async ({ page, compose }) => {
  await compose.open();
  await compose.typeClaims('{"id_token": {"email": {"essential": "yes"}}}');
  await expect(compose.startButton).toBeDisabled();
  await expect(page.locator('#claims-messages')).toContainText('"id_token.email.essential" must be true or false');

  await compose.typeClaims('{"userinfo": {"Gender": null}}');
  await expect(compose.startButton).toBeEnabled();
  await expect(page.locator('#claims-messages')).toContainText('Did you mean "gender"?');
});

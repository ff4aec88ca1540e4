import { test, expect, TEST_IDS } from './fixtures';

test('Copy as curl on the token step copies the request, masked until tokens are revealed', async ({ page, compose, login, results, baseURL }) => {
  test.setTimeout(60_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  const step = page.getByTestId(TEST_IDS.sequenceStep).filter({ hasText: 'POST /mock-op/token' });
  await step.locator('summary').click();
  const copy = step.getByRole('button', { name: /as curl$/ });

  await copy.click();
  const masked = await page.evaluate(() => navigator.clipboard.readText());
  expect(masked).toMatch(new RegExp(`^curl --globoff '${baseURL}/mock-op/token'`));
  expect(masked).toMatch(/code_verifier=.{6}…\(\d+ chars\)/);

  await page.getByLabel('Reveal tokens').first().check();
  await copy.click();
  const revealed = await page.evaluate(() => navigator.clipboard.readText());
  expect(revealed).toMatch(/--data-raw '[^']*grant_type=authorization_code&[^']*code_verifier=[A-Za-z0-9_-]{43,}/);
  expect(revealed).not.toContain('…');
});

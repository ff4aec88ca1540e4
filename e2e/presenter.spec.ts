import { test, expect, TEST_IDS, byTestId } from './fixtures';

const NARRATION = [
  'The browser goes to the provider asking for openid profile email.',
  'The provider asks Mina Lee to sign in.',
  'The provider sends the browser back to the app with a one-time authorization code.',
  'The app exchanges the code for tokens and receives an id_token, an access_token and a refresh_token.',
  'The id_token’s signature is checked against the provider’s published keys: it is valid.',
];

test('a presenter link opens in presenter mode and the caption bar narrates the whole flow with this run’s values', async ({ page, compose, login, results }) => {
  await compose.open('?presenter=1&user=minimal&seed=demo&clock=2026-01-15T09:30:00Z');
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.locator('html').evaluate((html) => getComputedStyle(html).fontSize)).toBe('19px');

  await compose.start();
  await expect(page.getByText('The provider asks Mina Lee to sign in.')).toBeVisible();
  await login.signIn();
  await results.waitForRun();

  const narration = byTestId(page, TEST_IDS.narration);
  const caption = narration.locator('.caption');
  await expect(caption).toHaveText(NARRATION[0]!);
  await expect(caption).toHaveAttribute('aria-live', 'polite');
  // The arrow keys move the caption, as a presenter's clicker does.
  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveText(NARRATION[1]!);
  for (const sentence of NARRATION.slice(2)) {
    await narration.getByRole('button', { name: 'Next step' }).click();
    await expect(caption).toHaveText(sentence);
  }
  await narration.getByRole('button', { name: 'Next step' }).click();
  await expect(caption).toHaveText(/^The app asks the userinfo endpoint for the user’s claims: \d+ come back\.$/);
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toHaveText(NARRATION[4]!);
});

test('presenter mode masks every secret, opens on the explanations with raw panels collapsed, and keeps the deterministic notice to one line', async ({ page, compose, login, results }) => {
  await compose.open('?seed=demo&clock=2026-01-15T09:30:00Z');
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  await results.revealTokens();
  const deterministicHeight = await byTestId(page, TEST_IDS.deterministicNotice).evaluate((el) => el.getBoundingClientRect().height);

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByRole('checkbox', { name: 'Reveal tokens' }).first()).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Reveal tokens' }).first()).not.toBeChecked();
  for (const title of ['Token response (raw)', 'id_token payload', 'id_token header', 'Userinfo response', 'Authorize request sent']) {
    await expect(page.getByRole('button', { name: `Expand ${title}` })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Scopes: requested, allowed, granted' })).toBeVisible();
  await page.getByRole('button', { name: 'Expand Token response (raw)' }).click();
  const tokenResponse = JSON.parse(await byTestId(page, TEST_IDS.tokenResponse).innerText()) as Record<string, string>;
  // Masked: the shown value is shorter than a real token and not a JWT.
  expect(tokenResponse.id_token!.split('.').length).toBeLessThan(3);
  const compactHeight = await byTestId(page, TEST_IDS.deterministicNotice).evaluate((el) => el.getBoundingClientRect().height);
  expect(compactHeight).toBeLessThan(deterministicHeight);

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByRole('checkbox', { name: 'Reveal tokens' }).first()).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Collapse id_token payload' })).toBeVisible();
  await expect(byTestId(page, TEST_IDS.narration)).toHaveCount(0);
});

for (const { name, viewport, deviceScaleFactor } of [
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
  // 1280×720 at 125 %: the CSS viewport a projector laptop at 125 % scaling gives.
  { name: '1280x720-125', viewport: { width: 1024, height: 576 }, deviceScaleFactor: 1.25 },
]) {
  test.describe(`narrated results at ${name}`, () => {
    test.use({ viewport, deviceScaleFactor });
    test('the caption bar and the explanations are on the first screen', async ({ page, compose, login, results }) => {
      await compose.open('?presenter=1&user=minimal&seed=demo&clock=2026-01-15T09:30:00Z');
      await compose.start();
      await login.signIn();
      await results.waitForRun();
      const narration = byTestId(page, TEST_IDS.narration);
      await expect(narration).toBeInViewport();
      await narration.getByRole('button', { name: 'Next step' }).click();
      await expect(page.getByRole('heading', { name: 'Scopes: requested, allowed, granted' })).toBeInViewport();
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeInViewport();
      await page.screenshot({ path: `shots/i27/narrated-results-${name}.png` });
    });
  });
}

import { test, expect, TEST_IDS } from './fixtures';

const URL_OF_RUN = '/?scope=openid%20email%20address&claims=%7B%22id_token%22%3A%7B%22gender%22%3Anull%7D%7D&clock=2026-01-15T09%3A30%3A00Z&seed=demo&autostart=1&autologin=1';

test('clock and seed make two runs in fresh browsers byte for byte the same', async ({ browser }) => {
  const texts: string[][] = [];
  for (let run = 0; run < 2; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(URL_OF_RUN);
    await expect(page.getByTestId(TEST_IDS.signatureStatus)).toHaveAttribute('data-status', 'valid');
    await page.getByRole('checkbox', { name: 'Reveal tokens' }).first().check();
    texts.push(
      await Promise.all(
        [TEST_IDS.tokenResponse, TEST_IDS.idTokenHeader, TEST_IDS.idTokenPayload, TEST_IDS.userinfoResponse, TEST_IDS.authorizeUrl].map((id) => page.getByTestId(id).last().innerText()),
      ),
    );
    await context.close();
  }
  expect(texts[1]).toEqual(texts[0]);
  const payload = JSON.parse(texts[0]?.[2] ?? '{}') as { iat: number; exp: number };
  expect(payload.iat).toBe(Date.UTC(2026, 0, 15, 9, 30) / 1000);
  expect(payload.exp - payload.iat).toBe(3600);
});

test('without a seed, two runs differ', async ({ browser }) => {
  const tokens: string[] = [];
  for (let run = 0; run < 2; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/?scope=openid&autostart=1&autologin=1');
    await expect(page.getByTestId(TEST_IDS.signatureStatus)).toBeVisible();
    await page.getByRole('checkbox', { name: 'Reveal tokens' }).first().check();
    tokens.push(JSON.parse(await page.getByTestId(TEST_IDS.tokenResponse).innerText()).access_token);
    await context.close();
  }
  expect(tokens[1]).not.toBe(tokens[0]);
});

test('the results screen says deterministic mode is on, and "Turn off" clears seed and clock for later runs', async ({ page, results }) => {
  await page.goto(URL_OF_RUN);
  await expect(results.signature).toHaveAttribute('data-status', 'valid', { timeout: 20_000 });
  const notice = page.getByTestId(TEST_IDS.deterministicNotice);
  await expect(notice).toHaveAttribute('data-state', 'on');
  await expect(notice).toContainText('The clock is frozen at 2026-01-15T09:30:00Z');
  await expect(notice).toContainText('Seed demo');
  await notice.screenshot({ path: test.info().outputPath('deterministic-notice.png') });

  await page.getByRole('button', { name: 'Turn off for later runs' }).click();
  await expect(notice).toHaveAttribute('data-state', 'off');
  await expect(notice).toContainText('Turned off');

  // The next run, composed in a new tab of the same browser (autologin was for the first tab only),
  // runs on the real clock with fresh randomness.
  const next = await page.context().newPage();
  await next.goto('/');
  await expect(next.locator('#field-mock-clock')).toHaveValue('');
  await next.getByTestId(TEST_IDS.startSignin).click();
  await next.getByTestId(TEST_IDS.mockLoginSubmit).click();
  await expect(next.getByTestId(TEST_IDS.signatureStatus)).toHaveAttribute('data-status', 'valid');
  await expect(next.getByTestId(TEST_IDS.deterministicNotice)).toHaveCount(0);
  const payload = JSON.parse(await next.getByTestId(TEST_IDS.idTokenPayload).innerText()) as { iat: number; iss: string };
  expect(payload.iat).not.toBe(Date.UTC(2026, 0, 15, 9, 30) / 1000);
  expect(payload.iss).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mock-op$/);
});

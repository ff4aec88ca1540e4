import type { Page } from '@playwright/test';
import { test, expect, TEST_IDS } from './fixtures';

// Long flows on a shared machine: several screens, and sign-ins, per test.
test.describe.configure({ timeout: 120_000 });

/** The screen sizes the playground promises: phones, a 1024×768 projector, a laptop. */
const SIZES = [
  { width: 360, height: 740, sideColumn: false },
  { width: 390, height: 844, sideColumn: false },
  { width: 1024, height: 768, sideColumn: true },
  { width: 1366, height: 900, sideColumn: true },
] as const;

async function expectNoSidewaysScroll(page: Page, where: string) {
  // Measured once the page has settled: a redirect in flight would take the page away mid-measure.
  await page.waitForLoadState('load');
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth).catch(() => Number.POSITIVE_INFINITY);
  await expect.poll(overflow, { message: `${where}: the page is wider than the window` }).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('every route fits the width, and Start and the preview are where promised', async ({ page, compose, login }) => {
      await compose.open();
      await expect(page.locator('.cm-content').first()).toBeVisible();
      await expectNoSidewaysScroll(page, '/');

      if (size.sideColumn) {
        // Beside the controls: still in view after scrolling down to the extra parameters.
        await page.getByRole('region', { name: 'Extra parameters' }).scrollIntoViewIfNeeded();
        await expect(compose.startButton).toBeInViewport();
        await expect(compose.authorizeUrl).toBeInViewport();
        const start = await compose.startButton.boundingBox();
        const scopes = await compose.scopes.boundingBox();
        expect(start!.x, 'Start stands to the right of the controls').toBeGreaterThan(scopes!.x + scopes!.width - 1);
      } else {
        await compose.startButton.scrollIntoViewIfNeeded();
        await expect(compose.startButton).toBeInViewport();
      }

      await compose.start();
      await expect(page.getByTestId(TEST_IDS.mockLoginSubmit)).toBeVisible();
      await expectNoSidewaysScroll(page, '/mock-op/authorize');
      await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused();
      await login.signIn();
      await expect(page.getByTestId(TEST_IDS.idTokenPayload)).toBeVisible();
      await expectNoSidewaysScroll(page, '/results');

      // A second run, so /compare has tables to show.
      await page.goto('/scenarios');
      await expectNoSidewaysScroll(page, '/scenarios');
      await page.locator('[data-scenario="policy-drops-address"]').getByRole('button', { name: 'Run' }).click();
      const confirm = page.getByTestId(TEST_IDS.confirmReplace);
      const verdict = page.getByTestId(TEST_IDS.scenarioVerdict);
      await expect(confirm.or(verdict)).toBeVisible();
      if (await confirm.isVisible()) await confirm.click();
      await expect(verdict).toBeVisible();
      await expectNoSidewaysScroll(page, '/results (scenario)');

      for (const path of ['/learn', '/learn?lesson=09-essential', '/compare', '/catalogue', '/signed-out', '/nowhere']) {
        await page.goto(path);
        await expect(page.locator('h1')).toBeVisible();
        await expectNoSidewaysScroll(page, path);
      }
    });
  });
}

test.describe('larger text', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('scales code and editors with the text, and still fits a phone', async ({ page, compose }) => {
    await compose.open();
    const editor = page.locator('.cm-content').first();
    await expect(editor).toBeVisible();
    const sizeOf = (selector: string) => page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = { code: await sizeOf('.authorize-url'), editor: await sizeOf('.cm-editor') };

    await page.getByRole('button', { name: 'Larger text' }).click();

    expect(await sizeOf('.authorize-url')).toBeGreaterThan(before.code);
    expect(await sizeOf('.cm-editor')).toBeGreaterThan(before.editor);
    await expectNoSidewaysScroll(page, '/ with larger text');
  });
});

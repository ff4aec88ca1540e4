import { test, expect, TEST_IDS, byTestId } from './fixtures';

test.describe('on a 1366 px projector', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('with Larger text, or in presenter mode, the header stays on one row', async ({ page, compose }) => {
    await compose.open();
    const header = page.locator('.app-header');
    const rowHeight = async () => {
      const box = await header.boundingBox();
      const brand = await header.locator('.brand').boundingBox();
      return { header: box!.height, brand: brand!.height };
    };
    await page.getByRole('button', { name: 'Larger text' }).click();
    let sizes = await rowHeight();
    expect(sizes.header).toBeLessThan(sizes.brand * 2 + 20);
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    sizes = await rowHeight();
    expect(sizes.header).toBeLessThan(sizes.brand * 2 + 20);
    await page.screenshot({ path: 'shots/i27/header-1366-large-presenter.png', clip: { x: 0, y: 0, width: 1366, height: 120 } });
  });
});

test('a sparse user’s unset claims are one collapsed line that opens on the rows', async ({ page, compose, login, results }) => {
  await compose.open('?user=minimal&scope=openid%20profile%20email%20phone&allowed_scopes=openid%20profile%20email%20phone');
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  const group = byTestId(page, TEST_IDS.noValueClaims);
  await expect(group.locator('summary')).toHaveText(/^\d+ claims this user has no value for: .*email.*phone_number/);
  const row = byTestId(group, TEST_IDS.claimOutcome, { claim: 'email' }).first();
  await expect(row).toBeHidden();
  await group.locator('summary').click();
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-outcome', 'missing');
});

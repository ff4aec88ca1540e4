import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

/** The heading's drawn outline, as the browser paints it now. */
const outlineOf = (heading: Locator) => heading.evaluate((element) => getComputedStyle(element).outlineStyle);

test.describe('after a navigation the heading takes the focus; a ring is drawn only for a keyboard navigation', () => {
  test.slow();

  test('an autostarted run lands focused on "Results" with no ring, a click moves focus without one, Enter draws it', async ({ page, results }) => {
    await page.goto('/?scope=openid&autostart=1&autologin=1');
    await results.waitForRun();
    const resultsHeading = page.getByRole('heading', { level: 1, name: 'Results' });
    // Focus still moves, for screen readers…
    await expect(resultsHeading).toBeFocused();
    // …but nobody navigated by keyboard, so nothing is drawn (a screenshot shows no orange box).
    expect(await outlineOf(resultsHeading)).toBe('none');

    await page.getByRole('link', { name: 'Scenarios', exact: true }).click();
    const scenarios = page.getByRole('heading', { level: 1, name: 'Scenarios' });
    await expect(scenarios).toBeFocused();
    expect(await outlineOf(scenarios)).toBe('none');

    await page.getByRole('link', { name: 'Compose', exact: true }).focus();
    await page.keyboard.press('Enter');
    const compose = page.getByRole('heading', { level: 1, name: 'Compose a request' });
    await expect(compose).toBeFocused();
    expect(await outlineOf(compose)).toBe('solid');
  });
});

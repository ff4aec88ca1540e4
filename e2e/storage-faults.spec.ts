import type { Page } from '@playwright/test';
import { test, expect, TEST_IDS } from './fixtures';

/**
 * Fills this origin's local storage to its quota with records under `prefix`, each `size`
 * characters, then smaller ones until not one character more fits. Returns how many went in.
 */
function fillLocalStorage(page: Page, prefix: string): Promise<number> {
  return page.evaluate((keyPrefix) => {
    let count = 0;
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 4)) {
      const value = 'x'.repeat(size);
      for (;;) {
        try {
          window.localStorage.setItem(`${keyPrefix}${count}`, value);
          count++;
        } catch {
          break;
        }
      }
    }
    return count;
  }, prefix);
}

test.describe('a full or refusing store is explained where it happens', () => {
  test('local storage filled to the quota by another page of this origin: the launch says which storage, what was kept, and the History panel says it could not be saved', async ({ page, compose }) => {
    test.setTimeout(60_000);
    await compose.open();
    // Five earlier launches in History, each with a long claims request, which "Trim History" can let go.
    await page.evaluate(() => {
      const request = (n: number) => ({ loginHint: `user${n}`, claimsText: JSON.stringify({ userinfo: { note: 'x'.repeat(20_000) } }) });
      const entries = [1, 2, 3, 4, 5].map((n) => ({ id: `e${n}`, name: `Earlier ${n}`, savedAt: '2026-01-15T09:30:00.000Z', reason: 'launched', request: request(n) }));
      window.localStorage.setItem('oidc-playground.composition-history.v1', JSON.stringify(entries));
    });
    await page.reload();
    await fillLocalStorage(page, 'another-app.filler.');

    await compose.start().catch(() => undefined);

    const notice = page.getByTestId(TEST_IDS.storageFailure).filter({ hasText: 'so the mock provider could not save' });
    await expect(notice).toContainText('This browser’s local storage for the playground is full');
    await expect(notice).toContainText('Your composed request and History are unchanged.');
    await expect(page.getByRole('heading', { name: 'Compose a request' })).toBeVisible();
    const history = page.getByRole('region', { name: 'History' });
    await expect(history.getByRole('alert')).toContainText('so History could not be saved: its newest entries are kept for this page only');

    await notice.getByRole('button', { name: 'Clear the mock provider’s data' }).click();
    await expect(notice.getByRole('status')).toContainText('Cleared the mock provider’s data');
    await expect(page.getByText(/QuotaExceededError|at \w+ \(/)).toHaveCount(0);

    // The five earlier entries and this launch's: the newest three stay, and History saves again.
    await history.getByRole('button', { name: 'Trim History' }).click();
    await expect(history.getByRole('status')).toHaveText('Trimmed History: 3 older entries removed, the newest 3 entries kept.');
    await expect(history.getByTestId(TEST_IDS.historyEntry)).toHaveCount(3);
    await expect(history.getByRole('alert')).toHaveCount(0);
  });

  test('local storage filled to the quota by the mock’s own records of an older build: the mock sweeps them and the run completes', async ({ page, results }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    const filled = await fillLocalStorage(page, 'oidc-playground.mock-op.token:older-build-');
    expect(filled).toBeGreaterThan(10);

    await page.goto('/?scope=openid%20email&autostart=1&autologin=1');
    await results.waitForRun();

    await expect(results.signature).toHaveAttribute('data-status', 'valid');
    const left = await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes('older-build-')).length);
    expect(left).toBe(0);
  });

  test('session storage refusing writes under an autostart link: the compose screen stays and says what a click says', async ({ page, compose }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (this === window.sessionStorage) throw new DOMException('The operation is insecure.', 'SecurityError');
        setItem.call(this, key, value);
      };
    });
    await page.goto('/?scope=openid%20email&autostart=1&autologin=1');

    await expect(page.getByRole('heading', { name: 'Compose a request' })).toBeVisible();
    const fromLink = page.getByTestId(TEST_IDS.storageFailure);
    await expect(fromLink).toContainText('This tab’s session storage refuses to save anything');
    await expect(fromLink).toContainText('so the sign-in could not start');
    const linkMessage = await fromLink.innerText();

    await compose.startButton.click();
    await expect(page.getByTestId(TEST_IDS.storageFailure)).toHaveText(linkMessage);
  });
});

test.describe('a mock whose storage fails mid-flow', () => {
  // The browser logs the token endpoint's 500, which is the point here.
  test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 500/ });

  test('local storage too full for the tokens: the results say server_error with a sentence, never a stack trace', async ({ page, results }) => {
    // Nearly full: the launch and the code fit, the token endpoint's records do not.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key.startsWith('oidc-playground.mock-op.token:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.goto('/?scope=openid%20email&autostart=1&autologin=1');
    await expect(page).toHaveURL(/\/results$/);

    await expect(results.flowError).toContainText('server_error');
    await expect(results.flowError).toContainText("The mock provider could not save to this browser's local storage");
    await expect(page.getByText(/QuotaExceededError|"stack"/)).toHaveCount(0);
  });
});

test('a reload right after Sign in lands on a login page that says the sign-in is done, and starts the same request again', async ({ page, compose, login, results }) => {
  test.setTimeout(60_000);
  await compose.open('?scope=openid%20email');
  await compose.start();
  await expect(page).toHaveURL(/\/mock-op\/authorize\?/);
  const loginPage = page.url();
  await login.signIn();
  // The browser is sent on with the code; reloading the login page's address brings it back.
  await page.waitForURL((url) => !url.pathname.endsWith('/mock-op/authorize'));
  await page.goto(loginPage);

  const gone = page.getByTestId(TEST_IDS.signInGone);
  await expect(gone).toContainText('This sign-in is already done');
  await expect(page.getByTestId(TEST_IDS.mockLoginSubmit)).toHaveCount(0);
  await gone.getByRole('button', { name: 'Start again with the same request' }).click();

  // The SSO session continues, or the login page asks again: either way a new sign-in of the same request.
  if (await page.getByTestId(TEST_IDS.mockLoginSubmit).isVisible().catch(() => false)) await login.signIn();
  await results.waitForRun();
  expect(await results.scopeOutcomes()).toMatchObject({ openid: 'granted', email: 'granted' });
});

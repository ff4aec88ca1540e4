import { test, expect, TEST_IDS } from './fixtures';

// The mock's login page says who will sign in, lets the person choose, and never ignores what is typed.
test.describe('the mock login page shows who signs in', () => {
  test.slow();

  test('it names the composed user, the behaviour profile and the client; a prepared user can be chosen', async ({ page, compose, login, results }, testInfo) => {
    await compose.open('?profile=oidc-core&scope=openid%20email');
    await compose.start();
    const who = page.getByTestId(TEST_IDS.mockLoginUser);
    await expect(who).toHaveText(/You will sign in as Karim J\. Nafir \(karim\.nafir@mail\.com\)/);
    await expect(who).toHaveAttribute('data-user', 'composed');
    await expect(page.getByRole('definition').filter({ hasText: 'OIDC Core' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'playground' })).toBeVisible();
    await expect(page.getByText('Hosted Login')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('karim.nafir@mail.com');
    await page.screenshot({ path: testInfo.outputPath('login-composed-user.png'), fullPage: true });

    await page.getByLabel('Sign in as').selectOption({ label: 'Chloe Adams (custom attributes for custom claims)' });
    await expect(who).toHaveText(/You will sign in as Chloe Adams \(chloe\.adams@bizcorp\.example\)/);
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveValue('chloe.adams@bizcorp.example');
    await page.screenshot({ path: testInfo.outputPath('login-prepared-user.png'), fullPage: true });
    await login.signIn();
    await results.waitForRun();
    await expect(page.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'custom-attributes');
  });

  test('typing a user’s email chooses that user; an address nobody has is refused where it was typed', async ({ page, compose, login, results }) => {
    await compose.open('?scope=openid%20email');
    await compose.start();
    const email = page.getByRole('textbox', { name: 'Email' });
    await email.fill('nobody@example.org');
    await expect(page.getByRole('alert')).toContainText('No user of the mock has this email');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await login.signIn();
    await expect(page).toHaveURL(/mock-op\/authorize/);
    await expect(email).toHaveValue('nobody@example.org');

    await email.fill('UGO.VERDI@mail.com');
    await expect(page.getByLabel('Sign in as')).toHaveValue('unverified-email');
    await expect(page.getByTestId(TEST_IDS.mockLoginUser)).toContainText('Ugo Verdi');
    await login.signIn();
    await results.waitForRun();
    await expect(page.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'unverified-email');
    expect(await results.json(TEST_IDS.userinfoResponse)).toMatchObject({ email: 'ugo.verdi@mail.com' });
  });

  test('login_hint chooses a user by sub on the page, and by email when the page signs in by itself', async ({ page, compose, results }) => {
    await compose.open('?scope=openid%20email&login_hint=6f1c2a4e-0b7d-4d8e-9a51-2f3b7c9d1e20');
    await compose.start();
    await expect(page.getByLabel('Sign in as')).toHaveValue('minimal');
    await expect(page.getByTestId(TEST_IDS.mockLoginUser)).toContainText('You will sign in as Mina Lee, who has no email address.');
    await expect(page.getByTestId(TEST_IDS.mockLoginUser)).toContainText("login_hint, which matched this user's sub");

    await page.goto('/?scope=openid%20email&login_hint=chloe.adams%40bizcorp.example&autostart=1&autologin=1');
    await results.waitForRun();
    await expect(page.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'custom-attributes');
  });
});

import { test, expect, TEST_IDS, byTestId } from './fixtures';

test('user=minimal signs in the prepared user without email: the results say who, and why email is missing', async ({ page, results }) => {
  await page.goto('/?user=minimal&scope=openid%20email&autostart=1&autologin=1');
  await results.waitForRun();

  await expect(page.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'minimal');
  await expect(page.getByTestId(TEST_IDS.signedInUser)).toContainText('Mina Lee');
  const email = byTestId(page, TEST_IDS.claimOutcome, { claim: 'email', target: 'userinfo' });
  await expect(email).toHaveAttribute('data-outcome', 'missing');
  await expect(email).toContainText('has no value for email');
  await expect(results.scopeOutcome('email')).toHaveAttribute('data-outcome', 'granted');
});

test('a prepared user chosen on the mock login page is the one that signs in and is explained', async ({ page, compose, login, results }) => {
  test.setTimeout(60_000);
  await compose.open();
  await compose.start();
  await page.getByLabel('Sign in as').selectOption({ label: 'Ugo Verdi (email not verified)' });
  await login.signIn();
  await results.waitForRun();

  await expect(page.getByTestId(TEST_IDS.signedInUser)).toHaveAttribute('data-user', 'unverified-email');
  expect(await results.json(TEST_IDS.userinfoResponse)).toMatchObject({ email: 'ugo.verdi@mail.com', email_verified: false });
});

import { test, expect, TEST_IDS, byTestId } from './fixtures';

test('step-through pauses before each redirect and provider call, shows the request masked, and goes on with a key or a click', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByRole('checkbox', { name: 'Step through: pause before each redirect and provider call' }).check();
  await compose.start();

  const gate = byTestId(page, TEST_IDS.stepGate);
  // Discovery, before the authorize redirect.
  await expect(gate).toHaveAttribute('data-kind', 'call');
  await expect(gate).toContainText('/.well-known/openid-configuration');
  await expect(gate.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(gate).toHaveAttribute('data-kind', 'redirect');
  await expect(gate.getByRole('heading')).toHaveText('Paused before a redirect: the browser is about to go to');
  await expect(gate).toContainText('/mock-op/authorize');
  await expect(gate.locator('dt', { hasText: 'code_challenge_method' })).toBeVisible();
  await page.screenshot({ path: 'shots/i27/step-through-pause.png' });
  await gate.getByRole('button', { name: 'Continue' }).click();

  await login.signIn();
  // Back to the app with the code: masked, as everywhere a code is shown.
  await expect(gate).toHaveAttribute('data-kind', 'redirect');
  await expect(gate).toContainText('/callback');
  const code = gate.locator('dt', { hasText: /^code$/ }).locator('xpath=following-sibling::dd');
  await expect(code).toHaveText(/…\(\d+ chars\)|••••/);
  await page.keyboard.press('Enter');

  await expect(gate).toHaveAttribute('data-kind', 'call');
  await expect(gate.getByRole('heading')).toHaveText('Paused before a provider call: the app is about to send POST');
  await expect(gate.locator('.step-body')).toContainText('grant_type=authorization_code');
  await expect(gate.locator('.step-body')).toContainText(/code_verifier=[^&]*…\(\d+ chars\)/);
  await page.keyboard.press('Enter');

  // Userinfo and the JWKS, sent side by side, wait one after the other.
  for (let i = 0; i < 2; i += 1) {
    await expect(gate).toHaveAttribute('data-kind', 'call');
    await page.keyboard.press('Enter');
  }
  await results.waitForRun();
  await expect(gate).toHaveCount(0);
  await expect(byTestId(page, TEST_IDS.sequenceStep).first()).toBeVisible();
});

test('Run to the end stops pausing and finishes the run', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByRole('checkbox', { name: 'Step through: pause before each redirect and provider call' }).check();
  await compose.start();
  await byTestId(page, TEST_IDS.stepGate).getByRole('button', { name: 'Run to the end' }).click();
  await login.signIn();
  await results.waitForRun();
  await page.goto('/');
  await expect(page.getByRole('checkbox', { name: 'Step through: pause before each redirect and provider call' })).not.toBeChecked();
});

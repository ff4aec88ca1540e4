import AxeBuilder from '@axe-core/playwright';
import { test, expect, TEST_IDS, byTestId } from './fixtures';

test('step-through pauses before each redirect and provider call, shows the request masked, fills in the diagram and narrates each step, and goes on with a key or a click', async ({ page, compose, login, results }) => {
  await compose.open('?presenter=1');
  await page.getByRole('checkbox', { name: 'Step through: pause before each redirect and provider call' }).check();
  await compose.start();

  const gate = byTestId(page, TEST_IDS.stepGate);
  const diagram = byTestId(page, TEST_IDS.liveSequence);
  const arrows = byTestId(diagram, TEST_IDS.sequenceStep);
  const caption = byTestId(page, TEST_IDS.liveNarration).locator('.caption');
  // Discovery, before the authorize redirect: the diagram's first arrow is the held call.
  await expect(gate).toHaveAttribute('data-kind', 'call');
  await expect(gate).toContainText('/.well-known/openid-configuration');
  await expect(gate.getByRole('button', { name: 'Continue' })).toBeFocused();
  await expect(arrows).toHaveCount(1);
  await expect(arrows.first()).toHaveAttribute('aria-current', 'step');
  await expect(arrows.first()).toContainText('paused here: not sent yet');
  await expect(caption).toHaveText(/^The app reads the provider’s discovery document at .*\/\.well-known\/openid-configuration/);
  await page.keyboard.press('Enter');

  await expect(gate).toHaveAttribute('data-kind', 'redirect');
  await expect(gate.getByRole('heading', { level: 2 })).toHaveText('Paused before a redirect: the browser is about to go to');
  await expect(gate).toContainText('/mock-op/authorize');
  await expect(gate.locator('dt', { hasText: 'code_challenge_method' })).toBeVisible();
  // The discovery call is answered; the authorize page load is the held step.
  await expect(arrows).toHaveCount(2);
  await expect(arrows.nth(0)).toContainText('200 OK');
  await expect(arrows.nth(1)).toContainText('GET /mock-op/authorize');
  await expect(arrows.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(caption).toHaveText('The browser goes to the provider asking for openid profile email.');
  await page.screenshot({ path: 'shots/i27/step-through-pause.png' });
  await gate.getByRole('button', { name: 'Continue' }).click();

  await expect(caption).toHaveText('The provider asks Karim J. Nafir to sign in.');
  await login.signIn();
  // Back to the app with the code: masked, as everywhere a code is shown.
  await expect(gate).toHaveAttribute('data-kind', 'redirect');
  await expect(gate).toContainText('/callback');
  const code = gate.locator('dt', { hasText: /^code$/ }).locator('xpath=following-sibling::dd');
  await expect(code).toHaveText(/…\(\d+ chars\)|••••/);
  await expect(arrows).toHaveCount(2);
  await expect(arrows.nth(1)).toContainText('302 Found → callback with the code');
  await expect(caption).toHaveText('The provider sends the browser back to the app with a one-time authorization code.');
  await page.keyboard.press('Enter');

  await expect(gate).toHaveAttribute('data-kind', 'call');
  await expect(gate.getByRole('heading', { level: 2 })).toHaveText('Paused before a provider call: the app is about to send POST');
  await expect(gate.locator('.step-body')).toContainText('grant_type=authorization_code');
  await expect(gate.locator('.step-body')).toContainText(/code_verifier=[^&]*…\(\d+ chars\)/);
  await expect(arrows).toHaveCount(3);
  await expect(arrows.nth(2)).toContainText('POST /mock-op/token');
  await expect(caption).toHaveText('The app exchanges the code for tokens.');
  await page.screenshot({ path: 'shots/i27/step-through-token.png' });
  await page.keyboard.press('Enter');

  // Userinfo and the JWKS, sent side by side, wait one after the other; the token call is answered by then.
  await expect(caption).toHaveText('The app asks the userinfo endpoint for the user’s claims, with the access token.');
  await expect(arrows).toHaveCount(4);
  await expect(arrows.nth(2)).toContainText('200 OK');
  await page.keyboard.press('Enter');
  await expect(caption).toHaveText('The app fetches the provider’s published keys to check the id_token’s signature.');
  await expect(arrows).toHaveCount(5);
  await page.keyboard.press('Enter');
  await results.waitForRun();
  await expect(gate).toHaveCount(0);
  await expect(byTestId(page, TEST_IDS.liveNarration)).toHaveCount(0);
  await expect(byTestId(page, TEST_IDS.narration)).toBeVisible();
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

test.describe('a pause on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the diagram so far stacks, the caption wraps, nothing scrolls sideways, and axe finds nothing serious in either theme', async ({ page, compose }) => {
    await compose.open('?presenter=1');
    await page.getByRole('checkbox', { name: 'Step through: pause before each redirect and provider call' }).check();
    await compose.start();
    const gate = byTestId(page, TEST_IDS.stepGate);
    // The first pause (discovery) must be on screen before Enter can continue it: its code loads on demand.
    await expect(gate).toHaveAttribute('data-kind', 'call');
    await page.keyboard.press('Enter');
    await expect(gate).toHaveAttribute('data-kind', 'redirect');
    await expect(byTestId(byTestId(page, TEST_IDS.liveSequence), TEST_IDS.sequenceStep)).toHaveCount(2);
    await expect(byTestId(page, TEST_IDS.liveNarration)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // The pause and the caption: the compose screen behind them has its own axe test.
      const results = await new AxeBuilder({ page }).include('.step-gate').include('.live-narration').analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    }
    await page.screenshot({ path: 'shots/i27/step-through-360-dark.png' });
  });
});

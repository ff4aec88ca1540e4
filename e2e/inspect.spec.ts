import { test, expect, TEST_IDS, byTestId } from './fixtures';
import { InspectPage } from './pages/inspect-page';
import type { ComposePage } from './pages/compose-page';
import type { MockLoginPage } from './pages/mock-login-page';
import type { ResultsPage } from './pages/results-page';

async function runMockFlow(compose: ComposePage, login: MockLoginPage, results: ResultsPage): Promise<string> {
  await compose.open();
  await compose.start();
  await login.signIn();
  await results.waitForRun();
  return (await results.json(TEST_IDS.tokenResponse)).id_token as string;
}

/** The same token with another `sub`, and the original signature. */
function tamper(idToken: string): string {
  const [header, payload = '', signature] = idToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  return [header, Buffer.from(JSON.stringify({ ...claims, sub: 'mallory' })).toString('base64url'), signature].join('.');
}

test('Inspect on the results screen opens the run’s id_token: verified, checked and explained, never in the URL', async ({ page, compose, login, results }) => {
  test.setTimeout(60_000);
  const idToken = await runMockFlow(compose, login, results);
  const inspect = new InspectPage(page);

  await page.getByRole('button', { name: 'Inspect', exact: true }).click();

  await expect(page).toHaveURL(/\/inspect$/);
  expect(page.url()).not.toContain(idToken.split('.')[1]);
  await expect(inspect.input).toHaveValue(idToken);
  await expect(inspect.signature).toHaveAttribute('data-status', 'valid');
  await expect.poll(() => page.evaluate(() => JSON.stringify(window.history.state))).not.toContain(idToken.split('.')[1]);
  expect(JSON.parse(await inspect.payload.innerText())).toMatchObject({ aud: 'playground', iss: expect.stringMatching(/\/mock-op$/) });
  await expect(page.locator('[data-check][data-outcome="fail"]')).toHaveCount(0);
  await expect(inspect.claim('sub', 'id_token')).toHaveAttribute('data-source', 'protocol');
  await expect(inspect.claim('email', 'userinfo')).toHaveAttribute('data-outcome', 'delivered');
  await expect(inspect.claim('email', 'userinfo')).toHaveAttribute('data-source', 'scope');

  // The checks follow what is typed: another audience and a later "now" fail aud and exp.
  await inspect.audience.fill('another-client');
  await inspect.now.fill('2100-01-01T00:00:00Z');
  await expect(inspect.check('aud')).toHaveAttribute('data-outcome', 'fail');
  await expect(inspect.check('exp')).toHaveAttribute('data-outcome', 'fail');
});

test('a pasted token is verified on a fresh /inspect; a tampered one is invalid, and neither is stored or sent', async ({ page, compose, login, results }) => {
  test.setTimeout(60_000);
  const idToken = await runMockFlow(compose, login, results);
  const inspect = new InspectPage(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('/inspect');
  await inspect.input.fill(idToken);
  await expect(inspect.signature).toHaveAttribute('data-status', 'valid');

  const tampered = tamper(idToken);
  await inspect.input.fill(tampered);
  await expect(inspect.signature).toHaveAttribute('data-status', 'invalid');
  expect(JSON.parse(await inspect.payload.innerText())).toMatchObject({ sub: 'mallory' });

  // A typed issuer on plain http to the network is refused before anything is fetched.
  const issuer = page.getByRole('textbox', { name: /^Issuer/ });
  await issuer.fill('http://op.example.com');
  await issuer.press('Enter');
  await expect(inspect.signature).toHaveAttribute('data-status', 'unverified');
  await expect(inspect.signature).toContainText('plain http');
  await expect(inspect.check('iss')).toHaveAttribute('data-outcome', 'fail');

  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }));
  expect(stored).not.toContain(tampered.split('.')[1]);
  const origin = new URL(page.url()).origin;
  expect(requests.every((url) => url.startsWith(`${origin}/`))).toBe(true);
  expect(requests.filter((url) => url.includes('/mock-op/')).map((url) => new URL(url).pathname)).toEqual(
    expect.arrayContaining(['/mock-op/.well-known/openid-configuration', '/mock-op/jwks']),
  );
  expect(requests.filter((url) => url.includes('/mock-op/') && !/\/(\.well-known\/openid-configuration|jwks)$/.test(url))).toEqual([]);
  expect(requests.some((url) => url.includes(tampered.split('.')[1] ?? ''))).toBe(false);
});

test('garbage and opaque tokens get a clear message and nothing is fetched', async ({ page }) => {
  const inspect = new InspectPage(page);
  await page.goto('/inspect');
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));

  await inspect.input.fill('this is not a token');
  await expect(inspect.message).toHaveAttribute('data-kind', 'malformed');
  await expect(inspect.message).toContainText('Not a readable token');
  await expect(inspect.signature).toHaveCount(0);

  await inspect.input.fill('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1In0');
  await expect(inspect.message).toContainText('three parts');

  await inspect.input.fill('rb5bzkygqs5ahevp');
  await expect(inspect.message).toHaveAttribute('data-kind', 'opaque');
  await expect(inspect.message).toContainText('opaque');
  await expect(inspect.payload).toHaveCount(0);
  expect(fetched.filter((url) => url.includes('/mock-op/') || url.includes('openid-configuration'))).toEqual([]);
});

test('a deterministic run’s id_token, issued as https://mock-op.playground.invalid, is verified on /inspect against the mock’s keys', async ({ page }) => {
  test.setTimeout(60_000);
  const inspect = new InspectPage(page);
  await page.goto('/?scope=openid%20email&clock=2026-01-15T09%3A30%3A00Z&seed=inspect&autostart=1&autologin=1');
  await expect(byTestId(page, TEST_IDS.signatureStatus)).toHaveAttribute('data-status', 'valid', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Inspect', exact: true }).click();
  await expect(page).toHaveURL(/\/inspect$/);
  await expect(inspect.signature).toHaveAttribute('data-status', 'valid');
  expect(JSON.parse(await inspect.payload.innerText())).toMatchObject({ iss: 'https://mock-op.playground.invalid' });
});

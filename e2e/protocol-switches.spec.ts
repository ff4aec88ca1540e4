import { test, expect, TEST_IDS } from './fixtures';
import { byTestId } from './support/by-test-id';

// A sign-in on a shared machine, plus a replay.
test.describe.configure({ timeout: 90_000 });

test('PAR on the mock: the parameters are pushed, the authorize URL shrinks, and the request_uri works once', async ({ page, compose, login, results }) => {
  await compose.open();
  const par = page.getByRole('checkbox', { name: 'Push the request first (PAR)' });
  await expect(byTestId(page, TEST_IDS.protocolSwitch).and(page.locator('[data-switch="par"]'))).toHaveAttribute('data-available', 'yes');
  await par.check();
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  // RFC 9126 §4: the browser carried client_id and request_uri, nothing else.
  // The panel shows the URL as sent, one parameter a line ("  ?client_id=…", "  &request_uri=…").
  const [endpoint = '', ...parameters] = (await byTestId(page, TEST_IDS.authorizeUrl).innerText()).split('\n');
  const sent = new URL(endpoint);
  for (const line of parameters) {
    const [name = '', ...value] = line.trim().slice(1).split('=');
    sent.searchParams.append(name, value.join('='));
  }
  expect([...sent.searchParams.keys()].sort()).toEqual(['client_id', 'request_uri']);
  expect(sent.searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:/);

  // The sequence diagram has the push, on its own lane, before the page load.
  const diagram = page.locator('#sequence');
  await expect(diagram.locator('.lanes')).toContainText('PAR');
  const requests = await diagram.locator('.arrow.request .arrow-label').allInnerTexts();
  expect(requests.slice(0, 3)).toEqual(['1. GET /mock-op/.well-known/openid-configuration', '2. POST /mock-op/par', '3. GET /mock-op/authorize (page load)']);
  const changes = page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange);
  await expect(changes).toHaveCount(3);
  expect(await changes.evaluateAll((items) => items.map((item) => item.getAttribute('data-change')))).toEqual(['par-pushed', 'par-authorize-url', 'iss-in-callback']);
  await expect(changes.first()).toContainText('RFC 9126 §2');
  await expect(diagram.getByTestId(TEST_IDS.wireChange).and(page.locator('[data-change="par-authorize-url"]'))).toContainText('shrank to client_id and request_uri');

  // RFC 9126 §7.3: the same request_uri a second time is refused on the provider's error page.
  await page.goto(sent.pathname + sent.search);
  await expect(byTestId(page, TEST_IDS.flowError)).toContainText('invalid_request_uri');
});

test.describe('DPoP', () => {
  // The refused first token call (use_dpop_nonce) is a 400 the browser logs.
  test.use({ allowedConsoleErrors: /Failed to load resource: the server responded with a status of 400/ });

test('DPoP on the mock: the nonce retry, a DPoP-bound token, userinfo and a refresh with proofs', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByRole('checkbox', { name: 'Bind the tokens to a key (DPoP)' }).check();
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  await results.revealTokens();
  expect(await results.json(TEST_IDS.tokenResponse)).toMatchObject({ token_type: 'DPoP' });
  expect(await results.json(TEST_IDS.userinfoResponse)).toHaveProperty('sub');

  // RFC 9449 §8: the first token call is refused for want of the nonce, the retry carries it.
  const signIn = page.getByTestId(TEST_IDS.sequenceGroup).first();
  const responses = await signIn.locator('.arrow.response .arrow-label').allInnerTexts();
  const requests = await signIn.locator('.arrow.request .arrow-label').allInnerTexts();
  expect(requests.slice(2, 5)).toEqual(['3. POST /mock-op/token', '4. POST /mock-op/token', '5. GET /mock-op/userinfo']);
  expect(responses.slice(2, 5)).toEqual(['400 Bad Request', '200 OK', '200 OK']);
  const changes = page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange);
  expect(await changes.evaluateAll((items) => items.map((item) => item.getAttribute('data-change')))).toEqual(['iss-in-callback', 'dpop-proof', 'dpop-nonce-retry', 'dpop-bound-token']);
  const retry = signIn.getByTestId(TEST_IDS.sequenceStep).nth(2);
  await expect(retry.getByTestId(TEST_IDS.wireChange).and(page.locator('[data-change="dpop-nonce-retry"]'))).toContainText('DPoP-Nonce');

  // RFC 9449 §5: the bound refresh token is refreshed with a proof of the same key.
  await page.getByRole('button', { name: 'Refresh tokens' }).click();
  const refresh = page.getByTestId(TEST_IDS.sequenceGroup).nth(1);
  await expect(refresh.getByRole('heading', { level: 3 })).toHaveText('Refresh tokens');
  await expect(refresh.locator('.arrow.response .arrow-label').first()).toHaveText('200 OK');
  await expect(refresh.locator('[data-change="dpop-proof"]').first()).toBeVisible();
});
});

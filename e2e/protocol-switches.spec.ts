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

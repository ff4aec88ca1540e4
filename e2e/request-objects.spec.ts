import { test, expect, TEST_IDS } from './fixtures';
import { byTestId } from './support/by-test-id';

// A sign-in on a shared machine.
test.describe.configure({ timeout: 90_000 });

const GENDER = '{"id_token":{"gender":null}}';

/** The wire changes of the run, in order. */
async function wireChanges(page: import('@playwright/test').Page): Promise<(string | null)[]> {
  return page.locator('#wire-changes').getByTestId(TEST_IDS.wireChange).evaluateAll((items) => items.map((item) => item.getAttribute('data-change')));
}

test('a request object by value on the mock: the key is made in the tab, claims travel inside the signed object, and the raw step shows it decoded', async ({ page, compose, login, results }) => {
  await compose.open();
  await page.getByRole('radio', { name: 'By value' }).check();
  await expect(page.locator('[data-switch="request-object"]')).toHaveAttribute('data-available', 'yes');
  // The public key to register, as text; never the private part.
  await page.getByRole('button', { name: 'Make the key now' }).click();
  const jwk = JSON.parse(await byTestId(page, TEST_IDS.requestObjectPublicKey).innerText()) as Record<string, unknown>;
  expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
  expect(jwk).not.toHaveProperty('d');
  // At 360 px the control, its hints and the key fit without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.locator('[data-switch="request-object"]').screenshot({ path: test.info().outputPath('request-object-360.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await compose.typeClaims(GENDER);
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  // RFC 9101 §6.3: the claims request inside the object is the one the provider answered.
  expect(await results.json(TEST_IDS.idTokenPayload)).toHaveProperty('gender');
  expect(await wireChanges(page)).toEqual(['request-object', 'iss-in-callback']);
  await expect(page.locator('#wire-changes [data-change="request-object"]')).toContainText('its parameters outside it are ignored');
  const authorize = page.getByTestId(TEST_IDS.sequenceStep).filter({ hasText: 'GET /mock-op/authorize (page load)' });
  await authorize.locator('summary').click();
  const decoded = authorize.getByTestId(TEST_IDS.requestObjectDecoded);
  await expect(decoded).toContainText('"alg": "ES256"');
  await expect(decoded).toContainText('"gender": null');
  await expect(decoded).toContainText('"aud": ');
});

test('a request object by reference through PAR on the mock, RS256: pushed, then the authorize URL carries request_uri only', async ({ page, compose, login, results }) => {
  await compose.open('?request_object=reference&request_object_alg=RS256');
  await expect(page.getByRole('radio', { name: 'By reference, through PAR' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Signed with' })).toHaveValue('RS256');
  await compose.typeClaims(GENDER);
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  expect(await results.json(TEST_IDS.idTokenPayload)).toHaveProperty('gender');
  expect(await wireChanges(page)).toEqual(['par-pushed', 'request-object-pushed', 'par-authorize-url', 'iss-in-callback']);
  const pushed = page.getByTestId(TEST_IDS.sequenceStep).filter({ hasText: 'POST /mock-op/par' });
  await pushed.locator('summary').click();
  await expect(pushed.getByTestId(TEST_IDS.requestObjectDecoded)).toContainText('"alg": "RS256"');
});

test('lesson 23 of the Learn path: the claims request inside a request object, graded from a run on the mock', async ({ page }) => {
  await page.goto('/learn?lesson=23-request-objects');
  const form = page.getByRole('form', { name: 'Your prediction' });
  const groups = form.getByRole('group');
  // No error, gender arrives in the id_token, openid granted: what the run answers (mocks/lesson-answers.ts).
  for (const [index, answer] of ['none', 'yes', 'granted'].entries()) await groups.nth(index).locator(`input[value="${answer}"]`).check();
  await form.getByRole('button', { name: 'Run on the mock and grade' }).click();
  await expect(page.getByTestId(TEST_IDS.lessonGrading).first()).toHaveAttribute('data-outcome', 'all-right');
});

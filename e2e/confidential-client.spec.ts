import { needsServers, test, expect, TEST_IDS } from './fixtures';
import type { Page } from '@playwright/test';
import type { ComposePage } from './pages/compose-page';
import { signInAtRealProvider } from './pages/real-provider-login';
import { REAL_CONFIDENTIAL_CLIENTS, REAL_PROVIDER_ISSUER } from './support/real-provider';

needsServers('realProvider');

/**
 * Confidential clients against oidc-provider (e2e/support/real-provider.ts registers one client per
 * secret method). The secret lives in the tab's memory only: the callback asks for it again, a reload
 * forgets it, and no record, storage or export ever holds it.
 */
const ISSUER = REAL_PROVIDER_ISSUER;
const BASIC = REAL_CONFIDENTIAL_CLIENTS.client_secret_basic;
const POST = REAL_CONFIDENTIAL_CLIENTS.client_secret_post;

// oidc-provider's own pages ask for a web font and a favicon that this offline machine cannot load; a
// refused token call is a 401 in the console.
test.use({ allowedConsoleErrors: /Failed to load resource: (net::ERR_NAME_NOT_RESOLVED|the server responded with a status of (401|404))/ });

async function composeConfidential(compose: ComposePage, clientId: string, secret: string) {
  const { page } = compose;
  await compose.openRealProvider(ISSUER, clientId);
  await page.getByLabel('Client secret (confidential clients only)').fill(secret);
  await compose.requestScopes(['openid', 'email']);
}

async function redeemWithSecret(page: Page, secret: string) {
  await expect(page.getByRole('heading', { name: 'Client secret needed' })).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.redeemCode)).toBeDisabled();
  await page.getByLabel('Client secret').fill(secret);
  await page.getByTestId(TEST_IDS.redeemCode).click();
}

/** Everything the page keeps or shows: local and session storage, the rendered text with tokens revealed. */
async function everythingKept(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`).join('\n');
    return [dump(localStorage), dump(sessionStorage), document.body.innerText, document.documentElement.outerHTML].join('\n');
  });
}

test('client_secret_basic, chosen from discovery: the callback asks for the secret, the run verifies, nothing keeps the secret', async ({ page, compose, results, baseURL }) => {
  test.setTimeout(60_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await composeConfidential(compose, BASIC.clientId, BASIC.secret);
  const method = page.getByTestId(TEST_IDS.clientAuthMethod);
  await expect(method).toHaveAttribute('data-method', 'client_secret_basic');
  await expect(method).toHaveAttribute('data-reason', 'discovery-basic');
  await expect(page.getByTestId(TEST_IDS.clientSecretStatus)).toHaveAttribute('data-status', 'in-memory');
  await compose.start();
  await signInAtRealProvider(page);

  await redeemWithSecret(page, BASIC.secret);
  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  await expect(page.locator('[data-check][data-outcome="fail"]')).toHaveCount(0);
  await expect(page.getByTestId(TEST_IDS.clientSecretTestingOnly)).toContainText('for testing only');

  // The token call went with a Basic header; its record holds neither the header's credential nor the secret.
  await results.revealTokens();
  const token = page.getByTestId(TEST_IDS.sequenceStep).filter({ hasText: /POST \/token(?!\/)/ });
  await token.locator('summary').click();
  await expect(token).toContainText('authorization: Basic CLIENT_ID_AND_SECRET_WITHHELD');
  await token.getByRole('button', { name: /as curl$/ }).click();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain('Basic CLIENT_ID_AND_SECRET_WITHHELD');
  expect(curl).not.toContain(BASIC.secret);

  // Introspection authenticates the same way (RFC 7662 §2.1): oidc-provider accepts it only with the secret.
  await page.getByRole('button', { name: 'Introspect access token' }).click();
  expect(await results.json(TEST_IDS.introspectionResponse)).toMatchObject({ active: true, client_id: BASIC.clientId });

  const kept = await everythingKept(page);
  expect(kept).toContain('CLIENT_ID_AND_SECRET_WITHHELD');
  expect(kept).not.toContain(BASIC.secret);
  expect(kept).not.toContain(Buffer.from(`${BASIC.clientId}:${BASIC.secret}`).toString('base64'));
  await page.screenshot({ path: test.info().outputPath('confidential-results.png'), fullPage: true });

  // A reload forgets the secret: the results screen says so, and introspection asks for it.
  await page.reload();
  await results.waitForRun();
  await expect(page.getByTestId(TEST_IDS.clientSecretStatus)).toHaveAttribute('data-status', 'gone');
  await page.getByRole('button', { name: 'Introspect access token' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No client secret in this tab’s memory' })).toBeVisible();
  await page.getByLabel(/^Client secret \(client_secret_basic/).fill(BASIC.secret);
  await page.getByRole('button', { name: 'Introspect access token' }).click();
  expect(await results.json(TEST_IDS.introspectionResponse)).toMatchObject({ active: true });
});

test('client_secret_post, overriding discovery’s preference: the secret goes in the form body and the run verifies', async ({ page, compose, results }) => {
  test.setTimeout(60_000);
  await composeConfidential(compose, POST.clientId, POST.secret);
  await page.getByLabel('Method').selectOption('client_secret_post');
  await expect(page.getByTestId(TEST_IDS.clientAuthMethod)).toHaveAttribute('data-method', 'client_secret_post');
  await expect(page.getByTestId(TEST_IDS.clientAuthMethod)).toHaveAttribute('data-reason', 'chosen');
  await compose.start();
  await signInAtRealProvider(page);
  await redeemWithSecret(page, POST.secret);
  await results.waitForRun();
  await expect(results.signature).toHaveAttribute('data-status', 'valid');
  await results.revealTokens();
  const token = page.getByTestId(TEST_IDS.sequenceStep).filter({ hasText: /POST \/token(?!\/)/ });
  await token.locator('summary').click();
  await expect(token).toContainText('client_secret=CLIENT_SECRET_WITHHELD');
  expect(await everythingKept(page)).not.toContain(POST.secret);
});

test('a wrong secret: the token endpoint answers invalid_client, and the results screen explains it', async ({ page, compose, results }) => {
  test.setTimeout(60_000);
  await composeConfidential(compose, BASIC.clientId, 'not-the-secret');
  await compose.start();
  await signInAtRealProvider(page);
  await redeemWithSecret(page, 'not-the-secret');
  await expect(results.flowError).toContainText('invalid_client');
  await expect(page.getByText('check the client ID, the client secret')).toBeVisible();
  await expect(page.getByTestId(TEST_IDS.clientSecretTestingOnly)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('confidential-wrong-secret.png'), fullPage: true });
});

test('a reload forgets the secret, and the field where it was typed says so, as it does a secret over the limit', async ({ page, compose }) => {
  test.setTimeout(60_000);
  await composeConfidential(compose, BASIC.clientId, BASIC.secret);
  const status = page.getByTestId(TEST_IDS.clientSecretStatus);
  await expect(status).toHaveAttribute('data-status', 'in-memory');
  await expect(status).toContainText('Kept only in this tab’s memory');
  expect(await everythingKept(page)).not.toContain(BASIC.secret);

  await page.reload();
  await expect(page.getByLabel('Client secret (confidential clients only)')).toHaveValue('');
  await expect(status).toHaveAttribute('data-status', 'gone');
  await expect(status).toContainText('the page was reloaded (a reload forgets it). Type it again.');
  await page.screenshot({ path: test.info().outputPath('confidential-after-reload.png'), fullPage: true });

  // A secret over the limit is not kept: the field says why and keeps the text, so it can be shortened.
  const field = page.getByLabel('Client secret (confidential clients only)');
  await field.fill('x'.repeat(5_000));
  await expect(status).toHaveAttribute('data-status', 'too-long');
  await expect(page.getByRole('alert')).toContainText('The client secret is 5 kB; the playground accepts up to 1 kB.');
  await field.fill(BASIC.secret);
  await expect(status).toHaveAttribute('data-status', 'in-memory');
});

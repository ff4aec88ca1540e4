import type { Browser } from '@playwright/test';
import { test, expect, TEST_IDS } from './fixtures';
import { startSecondOrigin } from './support/second-origin';
import { DETERMINISTIC_MOCK_ISSUER } from '../src/domain/mock/mock-issuer';

/**
 * Issue #15: in deterministic mode what the mock issues does not depend on the origin that serves the
 * app. The same build, served by `vite preview` (the suite's baseURL, 127.0.0.1) and by a plain file
 * server on another host name and port (localhost), runs the same deterministic link; the id_token
 * (payload and signature), the userinfo response and screenshots of the token panels are compared
 * with each other — not with a stored baseline.
 */
const RUN = new URLSearchParams({
  scope: 'openid email address',
  claims: JSON.stringify({ id_token: { gender: null } }),
  clock: '2026-01-15T09:30:00Z',
  seed: 'two-origins',
  autostart: '1',
  autologin: '1',
});

const TOKEN_PANELS = ['#id-token-header', '#id-token-payload', '#userinfo', '#token-response'] as const;

async function runAt(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/?${RUN}`);
  await expect(page.getByTestId(TEST_IDS.signatureStatus)).toHaveAttribute('data-status', 'valid', { timeout: 20_000 });
  await page.getByRole('checkbox', { name: 'Reveal tokens' }).first().check();
  const tokenResponse = JSON.parse(await page.getByTestId(TEST_IDS.tokenResponse).innerText()) as { id_token: string };
  const payload = JSON.parse(await page.getByTestId(TEST_IDS.idTokenPayload).innerText()) as Record<string, unknown>;
  const userinfo = await page.getByTestId(TEST_IDS.userinfoResponse).innerText();
  const redirectUriShown = await page.getByTestId(TEST_IDS.authorizeUrl).last().innerText();
  const shots: Buffer[] = [];
  for (const panel of TOKEN_PANELS) shots.push(await page.locator(panel).screenshot({ animations: 'disabled', caret: 'hide' }));
  await context.close();
  return { idToken: tokenResponse.id_token, payload, userinfo, redirectUriShown, shots };
}

test('the same deterministic link gives the same id_token, userinfo and token panels from two origins', async ({ browser, baseURL }) => {
  test.slow();
  const second = await startSecondOrigin();
  try {
    const first = await runAt(browser, new URL(baseURL!).origin);
    const other = await runAt(browser, second.origin);

    expect(first.payload.iss).toBe(DETERMINISTIC_MOCK_ISSUER);
    expect(other.payload).toEqual(first.payload);
    // The raw compact JWT: header, payload and signature, byte for byte.
    expect(other.idToken).toBe(first.idToken);
    expect(other.userinfo).toBe(first.userinfo);
    // Neither origin is inside what was issued.
    expect(JSON.stringify(first.payload)).not.toMatch(/127\.0\.0\.1|localhost/);
    for (const [index, shot] of first.shots.entries()) {
      expect(other.shots[index]!.equals(shot), `screenshot of ${TOKEN_PANELS[index]} from both origins`).toBe(true);
    }
    // The redirect URI is the one thing that must name the origin (mask it in a snapshot; see the README).
    expect(first.redirectUriShown).toContain(`${new URL(baseURL!).origin}/callback`);
    expect(other.redirectUriShown).toContain(`${second.origin}/callback`);
  } finally {
    await second.close();
  }
});

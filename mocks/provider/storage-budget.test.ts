import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER_SETTINGS } from './settings';
import { STORAGE_BUDGET } from './records';
import { storageFootprint } from './storage-budget';
import { exchange, refresh, signInCode, testProvider, tokenBody, userinfoBody, type TestProvider } from './test-kit';

/** The budget docs/architecture.md states: what the mock's storage holds at most, in UTF-16 code units. */
const STORAGE_CEILING_CHARACTERS = 96 * 1024;

/** One sign-in as the app runs it: launch bound to its settings, login, code exchange, userinfo, one refresh. */
async function oneSignIn(test: TestProvider, n: number): Promise<void> {
  const state = `state-${n}`;
  test.provider.bindLaunch(state, DEFAULT_PROVIDER_SETTINGS);
  const tokens = tokenBody(await exchange(test, signInCode(test, { state, scope: 'openid profile email offline_access' })));
  userinfoBody(test, tokens.access_token);
  tokenBody(await refresh(test, tokens.refresh_token));
  test.advanceSeconds(5);
}

describe('the mock’s storage stays within its budget', () => {
  it('holds after 1,000 sign-ins what it holds after 10, under the stated ceiling', async () => {
    const test = testProvider();
    const footprints = new Map<number, ReturnType<typeof storageFootprint>>();
    for (let n = 1; n <= 1000; n++) {
      await oneSignIn(test, n);
      if (n === 10 || n === 300 || n === 1000) footprints.set(n, storageFootprint(test));
    }
    const [ten, threeHundred, thousand] = [footprints.get(10)!, footprints.get(300)!, footprints.get(1000)!];

    expect(thousand.keys).toBe(ten.keys);
    expect(threeHundred.keys).toBe(ten.keys);
    // The same records; only numbers inside them (times, stamps) can differ by a digit or so.
    expect(Math.abs(thousand.characters - ten.characters)).toBeLessThan(ten.characters * 0.01);
    expect(thousand.characters).toBeLessThan(STORAGE_CEILING_CHARACTERS);
    console.info(`mock storage after 10 / 300 / 1000 sign-ins: ${[ten, threeHundred, thousand].map((f) => `${f.keys} keys, ${f.characters} characters`).join(' / ')}`);
  }, 60_000);

  it('drops the oldest grant beyond the budget, and says so when its refresh token comes back', async () => {
    const test = testProvider();
    const first = tokenBody(await exchange(test, signInCode(test)));
    for (let n = 0; n < STORAGE_BUDGET.grants; n++) tokenBody(await exchange(test, signInCode(test)));

    const response = await refresh(test, first.refresh_token);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('keeps the grants within budget usable', async () => {
    const test = testProvider();
    const grants = [];
    for (let n = 0; n < STORAGE_BUDGET.grants; n++) grants.push(tokenBody(await exchange(test, signInCode(test))));

    for (const grant of grants) expect((await refresh(test, grant.refresh_token)).status).toBe(200);
  });

  it('sweeps codes, tokens, grants and the session once they expire, and keeps the signing key', async () => {
    const test = testProvider();
    await oneSignIn(test, 1);
    signInCode(test);
    test.advanceSeconds(31 * 24 * 3600);
    // Any launch sweeps.
    test.provider.bindLaunch('later', DEFAULT_PROVIDER_SETTINGS);

    // The key, and the list of keys that signed tokens (one entry per key, bounded by the two keys the mock has).
    expect(test.store.keys().sort()).toEqual(['launch:later', 'published-keys', 'signing-key']);
  });

  it('keeps a grant’s newest tokens only, however often it is refreshed', async () => {
    const test = testProvider();
    let tokens = tokenBody(await exchange(test, signInCode(test)));
    for (let n = 0; n < 50; n++) tokens = tokenBody(await refresh(test, tokens.refresh_token));

    expect(test.store.keys().filter((key) => key.startsWith('token:'))).toHaveLength(STORAGE_BUDGET.tokensPerGrant);
    expect(userinfoBody(test, tokens.access_token)).toHaveProperty('sub');
  });
});

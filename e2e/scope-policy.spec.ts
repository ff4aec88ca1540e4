import { test, expect, TEST_IDS } from './fixtures';

// The scope table of the Hosted Login reference ("Using Scopes"): request email + address
// against three token policies; what is granted is what is both requested and allowed.
const ROWS = [
  { policy: ['openid', 'email', 'address', 'profile', 'phone'], granted: ['email', 'address'], dropped: [] },
  { policy: ['openid', 'email', 'phone'], granted: ['email'], dropped: ['address'] },
  { policy: ['openid', 'profile', 'phone'], granted: [], dropped: ['email', 'address'] },
] as const;

for (const row of ROWS) {
  test(`email + address against policy {${row.policy.slice(1).join(', ')}} grants {${row.granted.join(', ')}}`, async ({ compose, login, results }) => {
    await compose.open();
    await compose.requestScopes(['openid', 'email', 'address']);
    await compose.allowScopes(row.policy);
    await compose.start();
    await login.signIn();
    await results.waitForRun();

    const expected: Record<string, string> = { openid: 'granted' };
    for (const scope of row.granted) expected[scope] = 'granted';
    for (const scope of row.dropped) expected[scope] = 'dropped-by-policy';
    expect(await results.scopeOutcomes()).toEqual(expected);
    // The mock's policy is known, so a dropped scope is blamed on it, and only then.
    for (const scope of row.dropped) await expect(results.scopeOutcome(scope)).toHaveAttribute('data-reason', 'policy-excludes');
    for (const scope of row.granted) await expect(results.scopeOutcome(scope)).toHaveAttribute('data-reason', 'policy-allows');
    await expect(results.signature).toHaveAttribute('data-status', 'valid');
    const tokenResponse = await results.json(TEST_IDS.tokenResponse);
    expect(tokenResponse.scope).toBe(['openid', ...row.granted].join(' '));
  });
}

test('an unknown scope is reported as unknown, not as an error', async ({ compose, login, results }) => {
  await compose.open();
  await compose.requestScopes(['openid', 'email', 'bob']);
  await expect(compose.authorizeUrl).toContainText('scope=openid email bob');
  await compose.start();
  await login.signIn();
  await results.waitForRun();

  await expect(results.scopeOutcome('bob')).toHaveAttribute('data-outcome', 'unknown');
  await expect(results.scopeOutcome('bob')).toContainText('not a scope this provider supports');
  await expect(results.scopeOutcome('email')).toHaveAttribute('data-outcome', 'granted');
});

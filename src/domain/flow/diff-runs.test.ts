import { describe, expect, it } from 'vitest';
import { diffRuns, isEmptyDiff, type RunSnapshot } from './diff-runs';

const run = (overrides: Partial<RunSnapshot> = {}): RunSnapshot => ({
  scopes: { openid: 'granted', email: 'granted', address: 'dropped-by-policy' },
  claims: { id_token: { sub: 'u1', iat: 100 }, userinfo: { sub: 'u1', email: 'a@b.c' } },
  error: undefined,
  ...overrides,
});

describe('diffRuns', () => {
  it('shows address turning from dropped to granted after the policy allows it, and its claim arriving at userinfo', () => {
    const after = run({
      scopes: { openid: 'granted', email: 'granted', address: 'granted' },
      claims: { id_token: { sub: 'u1', iat: 200 }, userinfo: { sub: 'u1', email: 'a@b.c', address: { country: 'US' } } },
    });
    const diff = diffRuns(run(), after);
    expect(diff.scopes).toEqual([{ scope: 'address', before: 'dropped-by-policy', after: 'granted' }]);
    expect(diff.claims.userinfo).toEqual([{ change: 'added', claim: 'address', after: { country: 'US' } }]);
    expect(diff.claims.id_token).toEqual([]);
  });

  it('leaves out volatile claims such as iat unless asked', () => {
    const after = run({ claims: { id_token: { sub: 'u1', iat: 999 }, userinfo: { sub: 'u1', email: 'a@b.c' } } });
    expect(isEmptyDiff(diffRuns(run(), after))).toBe(true);
    expect(diffRuns(run(), after, { includeVolatile: true }).claims.id_token).toEqual([{ change: 'changed', claim: 'iat', before: 100, after: 999 }]);
  });

  it('reports removed and changed claims per target separately', () => {
    const after = run({ claims: { id_token: { sub: 'u2', iat: 100 }, userinfo: { sub: 'u1' } } });
    const diff = diffRuns(run(), after);
    expect(diff.claims.id_token).toEqual([{ change: 'changed', claim: 'sub', before: 'u1', after: 'u2' }]);
    expect(diff.claims.userinfo).toEqual([{ change: 'removed', claim: 'email', before: 'a@b.c' }]);
  });

  it('notes a scope present in only one run as not requested in the other', () => {
    const diff = diffRuns(run(), run({ scopes: { openid: 'granted', email: 'granted', address: 'dropped-by-policy', bob: 'unknown' } }));
    expect(diff.scopes).toEqual([{ scope: 'bob', before: 'not-requested', after: 'unknown' }]);
  });

  it('notes when one run failed and the other did not', () => {
    expect(diffRuns(run(), run({ error: 'access_denied' })).error).toEqual({ before: undefined, after: 'access_denied' });
  });
});

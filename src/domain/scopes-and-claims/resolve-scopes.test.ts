import { describe, expect, it } from 'vitest';
import { STANDARD_SCOPES } from './catalogue';
import { grantedScopes, resolveScopes } from './resolve-scopes';

// The reference's scope table ("Using Scopes"): the request asks for email and address.
const requested = ['email', 'address'];
const knownScopes = STANDARD_SCOPES;

describe('resolveScopes', () => {
  it('grants email and address when the policy allows email, address, profile and phone', () => {
    const decisions = resolveScopes({ requested, allowedScopes: ['email', 'address', 'profile', 'phone'], knownScopes });

    expect(decisions).toEqual([
      { outcome: 'granted', scope: 'email' },
      { outcome: 'granted', scope: 'address' },
    ]);
    expect(grantedScopes(decisions)).toEqual(['email', 'address']);
  });

  it('drops a scope the policy does not allow (email and phone: only email comes back)', () => {
    const decisions = resolveScopes({ requested, allowedScopes: ['email', 'phone'], knownScopes });

    expect(decisions).toEqual([
      { outcome: 'granted', scope: 'email' },
      { outcome: 'dropped-by-policy', scope: 'address' },
    ]);
    expect(grantedScopes(decisions)).toEqual(['email']);
  });

  it('grants nothing when neither requested scope is in the policy (profile and phone)', () => {
    const decisions = resolveScopes({ requested, allowedScopes: ['profile', 'phone'], knownScopes });

    expect(decisions.map((d) => d.outcome)).toEqual(['dropped-by-policy', 'dropped-by-policy']);
    expect(grantedScopes(decisions)).toEqual([]);
  });

  it('ignores an unknown scope such as bob without failing the rest', () => {
    const decisions = resolveScopes({
      requested: ['openid', 'email', 'bob'],
      allowedScopes: ['openid', 'email'],
      knownScopes,
    });

    expect(decisions).toEqual([
      { outcome: 'granted', scope: 'openid' },
      { outcome: 'granted', scope: 'email' },
      { outcome: 'unknown', scope: 'bob' },
    ]);
    expect(grantedScopes(decisions)).toEqual(['openid', 'email']);
  });

  it('calls a scope unknown even when a policy happens to list it, if the provider does not know it', () => {
    const decisions = resolveScopes({ requested: ['bob'], allowedScopes: ['bob'], knownScopes });

    expect(decisions).toEqual([{ outcome: 'unknown', scope: 'bob' }]);
  });
});

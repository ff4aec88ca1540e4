import { describe, expect, it } from 'vitest';
import { explainScopes } from './explain-scopes';

describe('explainScopes', () => {
  it('calls a scope granted when the token response lists it', () => {
    const explanation = explainScopes({ requested: ['openid', 'email'], grantedOnTheWire: ['openid', 'email'] });

    expect(explanation.verdicts.map((v) => [v.scope, v.outcome])).toEqual([
      ['openid', 'granted'],
      ['email', 'granted'],
    ]);
    expect(explanation.grantedAssumed).toBe(false);
  });

  it('calls a supported scope missing from the response dropped by policy, because the policy excludes it', () => {
    const explanation = explainScopes({
      requested: ['openid', 'email', 'address'],
      grantedOnTheWire: ['openid', 'email'],
      scopesSupported: ['openid', 'profile', 'email', 'address', 'phone'],
      allowedScopes: ['openid', 'email'],
    });

    const address = explanation.verdicts.find((v) => v.scope === 'address');
    expect(address).toMatchObject({ outcome: 'dropped-by-policy', allowedByPolicy: false, reason: 'policy-excludes' });
  });

  it('calls a scope absent from scopes_supported unknown', () => {
    const explanation = explainScopes({
      requested: ['openid', 'bob'],
      grantedOnTheWire: ['openid'],
      scopesSupported: ['openid', 'profile', 'email'],
    });

    const bob = explanation.verdicts.find((v) => v.scope === 'bob');
    expect(bob).toMatchObject({ outcome: 'unknown', reason: 'not-in-scopes-supported' });
  });

  it('falls back to dropped when the provider publishes no scopes_supported', () => {
    const explanation = explainScopes({ requested: ['openid', 'bob'], grantedOnTheWire: ['openid'] });

    expect(explanation.verdicts[1]).toMatchObject({ scope: 'bob', outcome: 'dropped-by-policy', allowedByPolicy: 'not-known' });
  });

  it('assumes every requested scope granted when the token response has no scope (RFC 6749 §5.1)', () => {
    const explanation = explainScopes({
      requested: ['openid', 'address'],
      grantedOnTheWire: undefined,
      scopesSupported: ['openid'],
    });

    expect(explanation.grantedAssumed).toBe(true);
    expect(explanation.verdicts.map((v) => v.outcome)).toEqual(['granted', 'granted']);
    expect(explanation.verdicts.map((v) => v.reason)).toEqual(['assumed-granted', 'assumed-granted']);
  });

  it('points out a scope granted although it was never requested', () => {
    const explanation = explainScopes({ requested: ['openid'], grantedOnTheWire: ['openid', 'offline_access'] });

    expect(explanation.unrequestedGrants).toEqual(['offline_access']);
  });

  it('records whether the policy allows a granted scope when the policy is known', () => {
    const explanation = explainScopes({
      requested: ['email'],
      grantedOnTheWire: ['email'],
      allowedScopes: ['openid', 'email'],
    });

    expect(explanation.verdicts[0]?.allowedByPolicy).toBe(true);
  });

  it('cites no token policy for a real provider: a granted scope is granted per the token response', () => {
    const explanation = explainScopes({ requested: ['openid', 'email'], grantedOnTheWire: ['openid', 'email'] });

    expect(explanation.evidence).toBe('wire-only');
    expect(explanation.verdicts.map((v) => [v.scope, v.reason, v.allowedByPolicy])).toEqual([
      ['openid', 'listed-in-token-response', 'not-known'],
      ['email', 'listed-in-token-response', 'not-known'],
    ]);
  });

  it('says a real provider did not grant a scope without blaming a policy it cannot see', () => {
    const explanation = explainScopes({ requested: ['openid', 'phone'], grantedOnTheWire: ['openid'], scopesSupported: ['openid', 'phone'] });

    expect(explanation.verdicts[1]).toMatchObject({ outcome: 'dropped-by-policy', reason: 'not-granted', allowedByPolicy: 'not-known' });
  });

  it('explains a dropped offline_access by the missing prompt=consent (OIDC Core §11), not by a policy', () => {
    const without = explainScopes({ requested: ['openid', 'offline_access'], grantedOnTheWire: ['openid'], prompt: 'login' });
    const withConsent = explainScopes({ requested: ['openid', 'offline_access'], grantedOnTheWire: ['openid'], prompt: 'login consent' });

    expect(without.verdicts[1]).toMatchObject({ outcome: 'ignored-without-consent', reason: 'offline-access-without-consent' });
    expect(withConsent.verdicts[1]).toMatchObject({ reason: 'not-granted' });
  });

  it('blames the mock’s token policy only when it excludes the scope', () => {
    const explanation = explainScopes({ requested: ['openid', 'address'], grantedOnTheWire: ['openid'], allowedScopes: ['openid'] });

    expect(explanation.evidence).toBe('token-policy');
    expect(explanation.verdicts.map((v) => v.reason)).toEqual(['policy-allows', 'policy-excludes']);
  });
});

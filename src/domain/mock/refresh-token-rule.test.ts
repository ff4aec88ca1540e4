import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_PROFILES } from './behaviour-profile';
import { decideRefreshToken, explainRefreshToken } from './refresh-token-rule';

const base = { grantedScopes: ['openid', 'email', 'offline_access'], requestedScopes: ['openid', 'email', 'offline_access'], prompt: [] as string[] };

describe('the refresh-token rule of each behaviour profile', () => {
  it('Next Identity issues one with every code, as its reference token response shows, and it ends with the session', () => {
    const decision = decideRefreshToken({ ...base, profile: 'next-identity', grantedScopes: ['openid', 'email', 'profile'], requestedScopes: ['openid', 'email', 'profile', 'ad:user_custom'] });
    expect(decision.verdict).toMatchObject({ issued: true, code: 'every-code' });
    expect(decision.outlivesSignOut).toBe(false);
  });

  it('OIDC Core drops offline_access asked without prompt=consent and issues no refresh token (§11)', () => {
    const decision = decideRefreshToken({ ...base, profile: 'oidc-core' });
    expect(decision.grantedScopes).toEqual(['openid', 'email']);
    expect(decision.verdict).toMatchObject({ issued: false, code: 'offline-access-without-consent' });
  });

  it('OIDC Core issues one for offline_access with prompt=consent, and it outlives sign-out', () => {
    const decision = decideRefreshToken({ ...base, profile: 'oidc-core', prompt: ['consent'] });
    expect(decision.grantedScopes).toEqual(base.grantedScopes);
    expect(decision.verdict).toMatchObject({ issued: true, code: 'offline-access-consented' });
    expect(decision.outlivesSignOut).toBe(true);
  });

  it('OIDC Core says when offline_access was not asked for, or not allowed by the token policy', () => {
    expect(decideRefreshToken({ ...base, profile: 'oidc-core', requestedScopes: ['openid'], grantedScopes: ['openid'] }).verdict.code).toBe('offline-access-not-requested');
    expect(decideRefreshToken({ ...base, profile: 'oidc-core', grantedScopes: ['openid', 'email'], prompt: ['consent'] }).verdict.code).toBe('offline-access-not-allowed');
  });

  it('every profile has a rule with a source', () => {
    for (const { refreshToken: rule } of Object.values(BEHAVIOUR_PROFILES)) expect(rule.source.length).toBeGreaterThan(20);
  });
});

describe('explaining the refresh token of a mock run', () => {
  it('says when the token response contradicts the rule', () => {
    const verdict = explainRefreshToken({ profile: 'oidc-core', requestedScopes: ['openid'], allowedScopes: ['openid'], prompt: [], refreshTokenReturned: true });

    expect(verdict).toEqual({ issued: false, code: 'offline-access-not-requested', contradictedBy: 'refresh-token-returned' });
  });

  it('names the OIDC Core rule that withheld it when offline_access came without prompt=consent', () => {
    const verdict = explainRefreshToken({ profile: 'oidc-core', requestedScopes: ['openid', 'offline_access'], allowedScopes: ['openid', 'offline_access'], prompt: [], refreshTokenReturned: false });

    expect(verdict).toEqual({ issued: false, code: 'offline-access-without-consent' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  BEHAVIOUR_PROFILE_IDS,
  BEHAVIOUR_PROFILES,
  DEFAULT_BEHAVIOUR_PROFILE,
  PROVIDER_SPECIFIC_CLAIMS,
  isBehaviourProfile,
  listBehaviourProfiles,
  scopeClaimsReach,
  updatedAtAsProfileSends,
} from './behaviour-profile';
import { explainClaims } from '../explain/explain-claims';
import { DEFAULT_LOGIN_POLICY } from './login-policy';
import { planRelease, releaseClaims } from './release-claims';
import { isProtocolClaim } from '../scopes-and-claims/protocol-claims';
import { SEED_USER } from './user-profile';

// Every rule here runs over the whole table, so a new profile is checked without a new test.
describe.each(BEHAVIOUR_PROFILE_IDS)('behaviour profile %s', (id) => {
  const profile = BEHAVIOUR_PROFILES[id];

  it('has a label, a summary and a refresh-token rule with its source', () => {
    expect(profile.label.length).toBeGreaterThan(0);
    expect(profile.summary.length).toBeGreaterThan(20);
    expect(profile.refreshToken.source.length).toBeGreaterThan(20);
  });

  it('places scope claims somewhere (OIDC Core §5.4)', () => {
    expect(scopeClaimsReach(profile, 'id_token') || scopeClaimsReach(profile, 'userinfo')).toBe(true);
  });

  it('adds no extra claim that is a protocol claim', () => {
    for (const extra of profile.extraUserinfoClaims) expect(isProtocolClaim(extra.name)).toBe(false);
  });

  it('releases nothing the explanation cannot account for, and leaves nothing it expects unreleased', () => {
    const requested = ['openid', 'profile', 'email', 'phone', 'address', 'ad:user_custom'];
    const claimsRequest = { id_token: { gender: null, company_name: null }, userinfo: { birthdate: { essential: true } } };
    const released = releaseClaims({
      behaviour: id,
      grantedScopes: requested,
      claimsRequest,
      user: SEED_USER,
      issuer: 'https://op.test/mock-op',
      subject: SEED_USER.uuid,
      loginPolicy: DEFAULT_LOGIN_POLICY,
    });
    const verdicts = explainClaims({
      requestedScopes: requested,
      grantedScopes: requested,
      claimsRequest,
      idToken: released.idToken,
      userinfo: released.userinfo,
      provider: { kind: 'mock', behaviour: id, loginPolicy: DEFAULT_LOGIN_POLICY, user: SEED_USER },
    });
    const unexplained = verdicts.filter((v) => v.outcome === 'delivered' && v.source === 'custom-claim' && v.attribute === undefined);
    const missingWithValue = verdicts.filter((v) => v.outcome === 'missing' && v.reason.code !== 'no-profile-value');
    expect(unexplained).toEqual([]);
    expect(missingWithValue).toEqual([]);
  });
});

describe('the behaviour profile table', () => {
  it('knows its ids and nothing else, not even inherited names', () => {
    for (const id of BEHAVIOUR_PROFILE_IDS) expect(isBehaviourProfile(id)).toBe(true);
    for (const other of ['Hosted-Login', 'constructor', 'toString', '', null, undefined]) expect(isBehaviourProfile(other)).toBe(false);
    expect(isBehaviourProfile(DEFAULT_BEHAVIOUR_PROFILE)).toBe(true);
  });

  it('lists the ids for messages', () => {
    expect(listBehaviourProfiles()).toBe('hosted-login, next-identity or oidc-core');
  });

  it('labels each profile once', () => {
    const labels = BEHAVIOUR_PROFILE_IDS.map((id) => BEHAVIOUR_PROFILES[id].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('makes Hosted Login’s global_sub from the issuer host and the subject', () => {
    expect(PROVIDER_SPECIFIC_CLAIMS.get('global_sub')?.value({ issuer: 'https://op.test/mock-op', sub: 'u-1' })).toBe('capture-v1://op.test/playground/user/u-1');
  });

  it('writes updated_at as text only where the profile says so', () => {
    for (const id of BEHAVIOUR_PROFILE_IDS) {
      const sent = updatedAtAsProfileSends(id, 1610052275);
      expect(typeof sent).toBe(BEHAVIOUR_PROFILES[id].updatedAt === 'epoch-seconds' ? 'number' : 'string');
    }
  });
});

describe('planRelease: what goes where, and why', () => {
  it('says a Hosted Login userinfo claim came from the profile, a scope or the claims parameter', () => {
    const plan = planRelease({ rules: BEHAVIOUR_PROFILES['hosted-login'], grantedScopes: ['openid', 'email'], claimsRequest: { id_token: { gender: null } } });
    expect(plan).toEqual([
      { claim: 'global_sub', target: 'userinfo', route: { kind: 'profile-extra' } },
      { claim: 'email', target: 'userinfo', route: { kind: 'scope', scope: 'email' } },
      { claim: 'email_verified', target: 'userinfo', route: { kind: 'scope', scope: 'email' } },
      { claim: 'gender', target: 'id_token', route: { kind: 'claims-request' } },
    ]);
  });

  it('carries a Next Identity custom scope’s claims to both targets, with the scope as defined', () => {
    const plan = planRelease({ rules: BEHAVIOUR_PROFILES['next-identity'], grantedScopes: ['ad:user_custom'], claimsRequest: undefined, loginPolicy: DEFAULT_LOGIN_POLICY });
    const route = { kind: 'custom-scope', scope: 'ad:user_custom', definedAs: 'ad:user_custom:read', attribute: 'companyName' };
    expect(plan.filter((p) => p.route.kind === 'custom-scope')).toEqual([
      { claim: 'company_name', target: 'userinfo', route },
      { claim: 'company_name', target: 'id_token', route },
    ]);
  });

  it('lets no request release a protocol claim', () => {
    const plan = planRelease({ rules: BEHAVIOUR_PROFILES['oidc-core'], grantedScopes: ['openid'], claimsRequest: { id_token: { iss: null, sub: null, auth_time: null, nonce: null } } });
    expect(plan.filter((p) => p.target === 'id_token')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { explainClaims, type ClaimVerdict, type ExplainClaimsInput } from './explain-claims';
import { CONSENT_CLAIMS_POLICY, DEFAULT_LOGIN_POLICY } from './login-policy';
import { releaseClaims } from './release-claims';
import { SEED_USER } from './user-profile';
import type { BehaviourProfile } from './behaviour-profile';
import type { ClaimsRequest } from './parse-claims-request';

const protocol = { iss: 'https://op.test', sub: SEED_USER.uuid, aud: 'playground', iat: 1, exp: 2, auth_time: 1, nonce: 'n', at_hash: 'h' };

/** Builds the input as a run would: the mock's released claims, as they would come over the wire. */
function mockRun(options: { behaviour?: BehaviourProfile; requested: string[]; granted: string[]; claims?: ClaimsRequest; policy?: typeof DEFAULT_LOGIN_POLICY }): ExplainClaimsInput {
  const behaviour = options.behaviour ?? 'hosted-login';
  const loginPolicy = options.policy ?? DEFAULT_LOGIN_POLICY;
  const released = releaseClaims({ behaviour, grantedScopes: options.granted, claimsRequest: options.claims, user: SEED_USER, globalSub: 'capture-v1://x', loginPolicy });
  return {
    requestedScopes: options.requested,
    grantedScopes: options.granted,
    claimsRequest: options.claims,
    idToken: { ...released.idToken, ...protocol },
    userinfo: released.userinfo,
    provider: { kind: 'mock', behaviour, loginPolicy, user: SEED_USER },
  };
}

const find = (verdicts: ClaimVerdict[], claim: string, target: 'id_token' | 'userinfo') => verdicts.find((v) => v.claim === claim && v.target === target);

describe('explainClaims', () => {
  it('traces the reference’s claims example: gender from the claims parameter in both places', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid'], granted: ['openid'], claims: { userinfo: { gender: null }, id_token: { gender: null } } }));
    expect(find(verdicts, 'gender', 'id_token')).toMatchObject({ outcome: 'delivered', source: 'claims-request', value: 'male' });
    expect(find(verdicts, 'gender', 'userinfo')).toMatchObject({ outcome: 'delivered', source: 'claims-request' });
    expect(find(verdicts, 'iss', 'id_token')).toMatchObject({ outcome: 'delivered', source: 'protocol' });
  });

  it('says address is missing because the token policy dropped its scope', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid', 'email', 'address'], granted: ['openid', 'email'] }));
    const address = find(verdicts, 'address', 'userinfo');
    expect(address).toMatchObject({ outcome: 'missing', source: 'scope', reason: { code: 'scope-dropped', scope: 'address' } });
    expect(address?.sentence).toBe('address is missing from userinfo: its scope address was dropped by the token policy.');
    expect(find(verdicts, 'email', 'userinfo')).toMatchObject({ outcome: 'delivered', source: 'scope', scope: 'email' });
  });

  it('points out the case-sensitive Gender mistake with a suggestion', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid'], granted: ['openid'], claims: { userinfo: { Gender: null } } }));
    expect(find(verdicts, 'Gender', 'userinfo')).toMatchObject({ outcome: 'missing', source: 'claims-request', reason: { code: 'unknown-claim', suggestion: 'gender' } });
  });

  it('under Hosted Login, explains that a scope claim is served at userinfo only', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid', 'email'], granted: ['openid', 'email'] }));
    expect(find(verdicts, 'email', 'userinfo')).toMatchObject({ outcome: 'delivered', source: 'scope' });
    const inIdToken = find(verdicts, 'email', 'id_token');
    expect(inIdToken).toMatchObject({ outcome: 'missing', reason: { code: 'userinfo-only', scope: 'email' } });
    expect(inIdToken?.sentence).toContain('ask for it under claims.id_token');
  });

  it('under Next Identity, finds scope claims in the id_token', () => {
    const verdicts = explainClaims(mockRun({ behaviour: 'next-identity', requested: ['openid', 'email'], granted: ['openid', 'email'] }));
    expect(find(verdicts, 'email', 'id_token')).toMatchObject({ outcome: 'delivered', source: 'scope', scope: 'email' });
  });

  it('names the attribute behind a Hosted Login consent custom claim', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid'], granted: ['openid'], policy: CONSENT_CLAIMS_POLICY }));
    expect(find(verdicts, 'consent_email_marketing', 'id_token')).toMatchObject({ outcome: 'delivered', source: 'custom-claim', attribute: 'email_marketing_optIn' });
  });

  it('traces company_name to the Next Identity custom scope requested without its suffix', () => {
    const verdicts = explainClaims(mockRun({ behaviour: 'next-identity', requested: ['openid', 'ad:user_custom'], granted: ['openid', 'ad:user_custom'] }));
    expect(find(verdicts, 'company_name', 'id_token')).toMatchObject({ outcome: 'delivered', source: 'custom-claim', attribute: 'companyName' });
  });

  it('says nickname is missing because the profile has no value for it', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid', 'profile'], granted: ['openid', 'profile'] }));
    expect(find(verdicts, 'nickname', 'userinfo')).toMatchObject({ outcome: 'missing', reason: { code: 'no-profile-value' } });
  });

  it('does not expect the openid scope’s auth_time at userinfo', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid', 'email'], granted: ['openid', 'email'] }));
    expect(find(verdicts, 'auth_time', 'userinfo')).toBeUndefined();
  });

  it('says an essential claim did not arrive', () => {
    const input: ExplainClaimsInput = {
      requestedScopes: ['openid'],
      grantedScopes: ['openid'],
      claimsRequest: { id_token: { acr: { essential: true } } },
      idToken: protocol,
      userinfo: { sub: 'u' },
      provider: { kind: 'real' },
    };
    expect(find(explainClaims(input), 'acr', 'id_token')).toMatchObject({ outcome: 'missing', reason: { code: 'essential-absent' } });
  });

  it('explains a real provider from the wire and its claims_supported alone', () => {
    const input: ExplainClaimsInput = {
      requestedScopes: ['openid', 'email', 'phone'],
      grantedScopes: ['openid', 'email'],
      claimsRequest: { userinfo: { Gender: null } },
      idToken: { ...protocol, 'https://example.com/roles': ['admin'] },
      userinfo: { sub: 'u', email: 'a@b.c', email_verified: true },
      claimsSupported: ['sub', 'email', 'email_verified', 'gender', 'phone_number'],
      provider: { kind: 'real' },
    };
    const verdicts = explainClaims(input);
    expect(find(verdicts, 'phone_number', 'userinfo')).toMatchObject({ outcome: 'missing', reason: { code: 'scope-dropped', scope: 'phone' } });
    expect(find(verdicts, 'Gender', 'userinfo')).toMatchObject({ reason: { code: 'unknown-claim', suggestion: 'gender' } });
    expect(find(verdicts, 'https://example.com/roles', 'id_token')).toMatchObject({ outcome: 'delivered', source: 'custom-claim' });
    expect(find(verdicts, 'email', 'id_token')).toMatchObject({ reason: { code: 'userinfo-only' } });
  });

  it('lists delivered claims before missing ones, id_token first', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid', 'email', 'address'], granted: ['openid', 'email'] }));
    const order = verdicts.map((v) => `${v.target}:${v.outcome}`);
    const firstUserinfo = order.findIndex((o) => o.startsWith('userinfo'));
    expect(firstUserinfo).toBeGreaterThan(0);
    expect(order.slice(0, firstUserinfo).every((o) => o.startsWith('id_token'))).toBe(true);
    expect(order.slice(firstUserinfo).every((o) => o.startsWith('userinfo'))).toBe(true);
    expect(order.lastIndexOf('id_token:delivered')).toBeLessThan(order.indexOf('id_token:missing'));
  });
});

import { describe, expect, it } from 'vitest';
import { explainClaims } from './explain-claims';
import { groupClaimVerdicts } from './group-claim-verdicts';
import { DEFAULT_LOGIN_POLICY } from '../mock/login-policy';
import { SEED_USER } from '../mock/user-profile';

const SUB = SEED_USER.uuid;
const PROTOCOL = { iss: 'https://op.test/mock-op', sub: SUB, aud: 'playground', exp: 1768473000, iat: 1768469400, auth_time: 1768469400, nonce: 'n', at_hash: 'h' };

// A Hosted Login run: scope claims at userinfo only, address dropped by the policy, one typo.
const verdicts = explainClaims({
  requestedScopes: ['openid', 'phone', 'email', 'address'],
  grantedScopes: ['openid', 'phone', 'email'],
  claimsRequest: { userinfo: { Gender: null } },
  idToken: PROTOCOL,
  userinfo: { sub: SUB, phone_number: '+1 555', phone_number_verified: true, email: 'k@n.test', email_verified: true },
  provider: { kind: 'mock', behaviour: 'hosted-login', loginPolicy: DEFAULT_LOGIN_POLICY, user: SEED_USER },
});

describe('groupClaimVerdicts', () => {
  it('puts the protocol claims the provider set in one block', () => {
    const grouped = groupClaimVerdicts(verdicts);

    expect(grouped.protocol.map((v) => v.claim)).toEqual(['iss', 'sub', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'at_hash', 'sub']);
    expect(grouped.rows.some((v) => v.source === 'protocol' && v.outcome === 'delivered')).toBe(false);
  });

  it('gives one entry per scope whose claims came at userinfo instead of the id_token', () => {
    const grouped = groupClaimVerdicts(verdicts);

    expect(grouped.atUserinfo.map(({ scope, claims }) => ({ scope, claims }))).toEqual([
      { scope: 'phone', claims: ['phone_number', 'phone_number_verified'] },
      { scope: 'email', claims: ['email', 'email_verified'] },
    ]);
  });

  it('counts expected and surprising absences apart', () => {
    const { summary } = groupClaimVerdicts(verdicts);

    expect(summary.atUserinfo).toBe(4);
    expect(summary.surprisingAbsences).toBe(1);
    // address is absent because its scope was dropped: expected.
    expect(summary.expectedAbsences).toBe(1);
    expect(summary.delivered).toBe(verdicts.filter((v) => v.outcome === 'delivered').length);
  });

  it('gathers a sparse user’s unset claims into one group, and leaves a single one as a row', () => {
    const sparse = explainClaims({
      requestedScopes: ['openid', 'profile', 'phone'],
      grantedScopes: ['openid', 'profile', 'phone'],
      claimsRequest: undefined,
      idToken: PROTOCOL,
      userinfo: { sub: SUB, name: 'Mina Lee', given_name: 'Mina', family_name: 'Lee' },
      provider: { kind: 'mock', behaviour: 'hosted-login', loginPolicy: DEFAULT_LOGIN_POLICY, user: { uuid: SUB, givenName: 'Mina', familyName: 'Lee' } },
    });

    const grouped = groupClaimVerdicts(sparse);

    expect(grouped.noValue.length).toBeGreaterThanOrEqual(2);
    expect(grouped.noValue.every((v) => v.reason.code === 'no-profile-value' && v.absence === 'expected')).toBe(true);
    expect(grouped.rows.some((v) => v.outcome === 'missing' && v.reason.code === 'no-profile-value')).toBe(false);
    expect(groupClaimVerdicts(verdicts).noValue).toEqual([]);
  });
});

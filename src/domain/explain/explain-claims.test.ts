import { describe, expect, it } from 'vitest';
import type { BehaviourProfile } from '../mock/behaviour-profile';
import { explainClaims, type ClaimVerdict, type ExplainClaimsInput } from './explain-claims';
import { CONSENT_CLAIMS_POLICY, DEFAULT_LOGIN_POLICY, EMPTY_LOGIN_POLICY, type LoginPolicy } from '../mock/login-policy';
import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import { SEED_USER, type UserProfile } from '../mock/user-profile';

// Payloads are written as they come over the wire, so these tests hold whatever the mock does inside.
const SUB = SEED_USER.uuid;
const GLOBAL_SUB = 'capture-v1://se-demos-gstemp.us-dev.janraincapture.com/79y4mqf2rt3bxs378kw5479xdu/GREG_DEMO/3c388dd9';
const PROTOCOL = { iss: 'https://op.test/mock-op', sub: SUB, aud: 'playground', exp: 1768473000, iat: 1768469400, auth_time: 1768469400, nonce: 'n-0S6_WzA2Mj', at_hash: 'x8Kp1hRzHq0' };
const EMAIL = { email: 'karim.nafir@mail.com', email_verified: true };
const PROFILE = { name: 'Karim J. Nafir', given_name: 'Karim', family_name: 'Nafir', middle_name: 'J.', preferred_username: 'karim_n', gender: 'male', birthdate: '1967-07-12', updated_at: 1768469400 };

interface MockRun extends Omit<ExplainClaimsInput, 'provider' | 'requestedScopes' | 'grantedScopes' | 'claimsRequest'> {
  readonly behaviour?: BehaviourProfile;
  readonly loginPolicy?: LoginPolicy;
  readonly user?: UserProfile | undefined;
  readonly requested?: readonly string[];
  readonly granted?: readonly string[];
  readonly claims?: ExplainClaimsInput['claimsRequest'];
}

function mockRun(run: MockRun): ExplainClaimsInput {
  const { behaviour = 'hosted-login', loginPolicy = DEFAULT_LOGIN_POLICY, requested = ['openid'], granted, claims, idToken, userinfo, claimsSupported, failedStep } = run;
  // An explicit `user: undefined` means "profile not known", so no default for it.
  const user = 'user' in run ? run.user : SEED_USER;
  return {
    requestedScopes: requested,
    grantedScopes: granted ?? requested,
    claimsRequest: claims,
    idToken,
    userinfo,
    claimsSupported,
    provider: { kind: 'mock', behaviour, loginPolicy, user },
    ...(failedStep ? { failedStep } : {}),
  };
}

function without<T extends object>(record: T, key: keyof T): T {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as T;
}

function find(verdicts: readonly ClaimVerdict[], claim: string, target: ClaimTarget): ClaimVerdict | undefined {
  return verdicts.find((v) => v.claim === claim && v.target === target);
}

describe('explainClaims: the claims parameter', () => {
  it('traces the reference’s example: with only openid granted, gender comes from the claims parameter to both places', () => {
    const input = mockRun({
      claims: { userinfo: { gender: null }, id_token: { gender: null } },
      idToken: { ...PROTOCOL, gender: 'male' },
      userinfo: { sub: SUB, global_sub: GLOBAL_SUB, gender: 'male' },
    });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'gender', 'id_token')).toEqual({
      outcome: 'delivered',
      claim: 'gender',
      target: 'id_token',
      source: 'claims-request',
      attribute: 'gender',
      message: { code: 'from-claims-request', claim: 'gender', target: 'id_token' },
    });
    expect(find(verdicts, 'gender', 'userinfo')).toMatchObject({ outcome: 'delivered', source: 'claims-request' });
    expect(verdicts.filter((v) => v.outcome === 'missing')).toEqual([]);
  });

  it('points out the case-sensitive Gender mistake and suggests gender', () => {
    const input = mockRun({ claims: { userinfo: { Gender: null } }, idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB } });

    const gender = find(explainClaims(input), 'Gender', 'userinfo');

    expect(gender).toMatchObject({ outcome: 'missing', source: 'claims-request', reason: { code: 'unknown-claim', suggestion: 'gender' } });
    expect(gender).toMatchObject({ message: { code: 'unknown-claim', suggestion: 'gender', checkedAgainst: 'known-claims' } });
  });

  it('gives one verdict per claim and target when a claim is both asked for and in a granted scope', () => {
    const input = mockRun({ requested: ['openid', 'email'], claims: { userinfo: { email: null } }, idToken: PROTOCOL, userinfo: { sub: SUB, ...EMAIL } });

    const emailRows = explainClaims(input).filter((v) => v.claim === 'email' && v.target === 'userinfo');

    expect(emailRows).toHaveLength(1);
    expect(emailRows[0]).toMatchObject({ outcome: 'delivered', source: 'claims-request' });
  });

  it('blames a missing profile value before the essential flag', () => {
    const input = mockRun({ user: without(SEED_USER, 'middleName'), claims: { userinfo: { middle_name: { essential: true } } }, idToken: PROTOCOL, userinfo: { sub: SUB } });

    const middleName = find(explainClaims(input), 'middle_name', 'userinfo');

    expect(middleName).toMatchObject({ outcome: 'missing', reason: { code: 'no-profile-value', attribute: 'middleName' } });
    expect(middleName).toMatchObject({ message: { code: 'no-profile-value', claim: 'middle_name', target: 'userinfo', attribute: 'middleName' } });
  });

  it('does not take a claim named like an object member (toString) as received', () => {
    const input = mockRun({ claims: { userinfo: { toString: null } }, idToken: PROTOCOL, userinfo: { sub: SUB } });

    expect(find(explainClaims(input), 'toString', 'userinfo')).toMatchObject({ outcome: 'missing', reason: { code: 'unknown-claim' } });
  });
});

describe('explainClaims: scopes under the token policy', () => {
  it('says address is missing because the token policy dropped its scope', () => {
    const input = mockRun({ requested: ['openid', 'email', 'address'], granted: ['openid', 'email'], idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB, ...EMAIL } });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'address', 'userinfo')).toEqual({
      outcome: 'missing',
      claim: 'address',
      target: 'userinfo',
      source: 'scope',
      reason: { code: 'scope-dropped', scope: 'address' },
      essential: false,
      absence: 'expected',
      message: { code: 'scope-dropped-by-policy', claim: 'address', target: 'userinfo', scope: 'address' },
    });
    expect(find(verdicts, 'email', 'userinfo')).toMatchObject({ outcome: 'delivered', source: 'scope', scope: 'email', attribute: 'email' });
  });

  it('does not expect the openid scope’s sub and auth_time as scope claims at userinfo', () => {
    const input = mockRun({ requested: ['openid', 'email'], idToken: PROTOCOL, userinfo: { ...EMAIL } });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'auth_time', 'userinfo')).toBeUndefined();
    expect(find(verdicts, 'sub', 'userinfo')).toBeUndefined();
  });

  it('says nickname is missing because no profile attribute maps to it', () => {
    const input = mockRun({ requested: ['openid', 'profile'], idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB, ...PROFILE } });

    const nickname = find(explainClaims(input), 'nickname', 'userinfo');

    expect(nickname).toMatchObject({ outcome: 'missing', source: 'scope', reason: { code: 'no-profile-value', attribute: undefined } });
    expect(nickname).toMatchObject({ message: { code: 'no-mapped-attribute', claim: 'nickname', target: 'userinfo' } });
  });

  it('falls back to "not returned" when the mock’s user profile is not known', () => {
    const input = mockRun({ user: undefined, requested: ['openid', 'profile'], idToken: PROTOCOL, userinfo: { sub: SUB, ...PROFILE } });

    expect(find(explainClaims(input), 'nickname', 'userinfo')).toMatchObject({ reason: { code: 'not-returned' } });
  });
});

describe('explainClaims: behaviour profiles', () => {
  it('under Hosted Login, says a scope claim delivered at userinfo is not in the id_token, and how to get it there', () => {
    const input = mockRun({ requested: ['openid', 'email'], idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB, ...EMAIL } });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'email', 'userinfo')).toMatchObject({ outcome: 'delivered', source: 'scope', scope: 'email' });
    expect(find(verdicts, 'email', 'id_token')).toMatchObject({ outcome: 'at-userinfo', claim: 'email', target: 'id_token', source: 'scope', scope: 'email' });
    expect(verdicts.filter((v) => v.target === 'id_token' && v.outcome === 'missing')).toEqual([]);
  });

  it('under Hosted Login, says nothing about the id_token for a scope claim that did not come at userinfo either', () => {
    const input = mockRun({ requested: ['openid', 'profile'], idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB, ...PROFILE } });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'nickname', 'id_token')).toBeUndefined();
    expect(find(verdicts, 'given_name', 'id_token')).toMatchObject({ outcome: 'at-userinfo', scope: 'profile' });
  });

  it('under Hosted Login, names global_sub as a provider-specific identifier', () => {
    const input = mockRun({ idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB } });

    const globalSub = find(explainClaims(input), 'global_sub', 'userinfo');

    expect(globalSub).toMatchObject({ outcome: 'delivered', source: 'protocol', message: { code: 'provider-specific-claim', claim: 'global_sub', target: 'userinfo' } });
  });

  it('under OIDC Core, also explains scope claims served only at userinfo', () => {
    const input = mockRun({ behaviour: 'oidc-core', requested: ['openid', 'email'], idToken: PROTOCOL, userinfo: { sub: SUB, ...EMAIL } });

    expect(find(explainClaims(input), 'email_verified', 'id_token')).toMatchObject({ outcome: 'at-userinfo', scope: 'email' });
  });

  it('under Next Identity, finds scope claims in the id_token too', () => {
    const input = mockRun({ behaviour: 'next-identity', requested: ['openid', 'email'], idToken: { ...PROTOCOL, ...EMAIL }, userinfo: { sub: SUB, ...EMAIL } });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'email', 'id_token')).toMatchObject({
      outcome: 'delivered',
      source: 'scope',
      scope: 'email',
      message: { code: 'from-scope', claim: 'email', target: 'id_token', scope: 'email', attribute: 'email' },
    });
    expect(verdicts.some((v) => v.outcome === 'at-userinfo')).toBe(false);
  });

  it('under Next Identity, expects a granted scope’s claims in the id_token and says why one is absent', () => {
    const input = mockRun({ behaviour: 'next-identity', requested: ['openid', 'profile'], idToken: { ...PROTOCOL, ...PROFILE }, userinfo: { sub: SUB, ...PROFILE } });

    expect(find(explainClaims(input), 'nickname', 'id_token')).toMatchObject({ outcome: 'missing', source: 'scope', reason: { code: 'no-profile-value' } });
  });

  it('under Next Identity, says a dropped scope’s claims are missing from both places', () => {
    const input = mockRun({ behaviour: 'next-identity', requested: ['openid', 'address'], granted: ['openid'], idToken: PROTOCOL, userinfo: { sub: SUB } });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'address', 'id_token')).toMatchObject({ reason: { code: 'scope-dropped', scope: 'address' } });
    expect(find(verdicts, 'address', 'userinfo')).toMatchObject({ reason: { code: 'scope-dropped', scope: 'address' } });
  });
});

describe('explainClaims: custom claims', () => {
  it('names the profile attribute behind a Hosted Login consent claim', () => {
    const consents = { consent_email_marketing: true, consent_ui_preferences: false, consent_personalized_ads: false };
    const input = mockRun({ loginPolicy: CONSENT_CLAIMS_POLICY, idToken: { ...PROTOCOL, ...consents }, userinfo: { sub: SUB, global_sub: GLOBAL_SUB } });

    const consent = find(explainClaims(input), 'consent_email_marketing', 'id_token');

    expect(consent).toEqual({
      outcome: 'delivered',
      claim: 'consent_email_marketing',
      target: 'id_token',
      source: 'custom-claim',
      attribute: 'email_marketing_optIn',
      message: { code: 'custom-claim-mapped', claim: 'consent_email_marketing', target: 'id_token', attribute: 'email_marketing_optIn' },
    });
  });

  it('traces company_name to the Next Identity custom scope requested without its suffix', () => {
    const loginPolicy: LoginPolicy = { customClaims: { id_token: {}, userinfo: {} }, customScopes: { 'ad:user_custom:read': { company_name: 'companyName' } } };
    const input = mockRun({
      behaviour: 'next-identity',
      loginPolicy,
      requested: ['openid', 'ad:user_custom'],
      idToken: { ...PROTOCOL, company_name: 'Bizcorp' },
      userinfo: { sub: SUB, company_name: 'Bizcorp' },
    });

    const companyName = find(explainClaims(input), 'company_name', 'id_token');

    expect(companyName).toMatchObject({ outcome: 'delivered', source: 'custom-claim', scope: 'ad:user_custom', attribute: 'companyName' });
    expect(companyName).toMatchObject({ message: { code: 'from-custom-scope', scope: 'ad:user_custom', definedAs: 'ad:user_custom:read', attribute: 'companyName' } });
  });

  it('says a configured custom claim is missing when the profile has no value for its attribute', () => {
    const input = mockRun({ user: without(SEED_USER, 'email_marketing_optIn'), loginPolicy: CONSENT_CLAIMS_POLICY, idToken: { ...PROTOCOL, consent_ui_preferences: false, consent_personalized_ads: false }, userinfo: { sub: SUB } });

    expect(find(explainClaims(input), 'consent_email_marketing', 'id_token')).toMatchObject({
      outcome: 'missing',
      source: 'custom-claim',
      reason: { code: 'no-profile-value', attribute: 'email_marketing_optIn' },
    });
  });

  it('gives one verdict when a custom claim shares a scope claim’s name and neither came', () => {
    const loginPolicy: LoginPolicy = { customClaims: { id_token: {}, userinfo: { gender: 'gender' } }, customScopes: {} };
    const input = mockRun({ user: without(SEED_USER, 'gender'), loginPolicy, requested: ['openid', 'profile'], idToken: PROTOCOL, userinfo: { sub: SUB, ...without(PROFILE, 'gender') } });

    const genderRows = explainClaims(input).filter((v) => v.claim === 'gender' && v.target === 'userinfo');

    expect(genderRows).toEqual([expect.objectContaining({ source: 'scope', reason: { code: 'no-profile-value', attribute: 'gender' } })]);
  });

  it('under Next Identity, says a dropped custom scope’s claims are missing', () => {
    const input = mockRun({ behaviour: 'next-identity', loginPolicy: DEFAULT_LOGIN_POLICY, requested: ['openid', 'ad:user_custom'], granted: ['openid'], idToken: PROTOCOL, userinfo: { sub: SUB } });

    expect(find(explainClaims(input), 'company_name', 'userinfo')).toMatchObject({ source: 'custom-claim', reason: { code: 'scope-dropped', scope: 'ad:user_custom' } });
  });
});

describe('explainClaims: a real provider, from the wire and discovery alone', () => {
  const realRun: ExplainClaimsInput = {
    requestedScopes: ['openid', 'email', 'phone'],
    grantedScopes: ['openid', 'email'],
    claimsRequest: { userinfo: { Gender: null, organization: null }, id_token: { acr: { essential: true } } },
    idToken: { ...PROTOCOL, 'https://example.com/roles': ['admin'] },
    userinfo: { sub: 'u-1', ...EMAIL },
    claimsSupported: ['sub', 'email', 'email_verified', 'gender', 'phone_number', 'organization'],
    provider: { kind: 'real' },
  };

  it('says which claims a scope the provider did not grant would have carried', () => {
    const phone = find(explainClaims(realRun), 'phone_number', 'userinfo');

    expect(phone).toMatchObject({ outcome: 'missing', source: 'scope', reason: { code: 'scope-dropped', scope: 'phone' } });
    expect(phone).toMatchObject({ message: { code: 'scope-not-granted', claim: 'phone_number', target: 'userinfo', scope: 'phone' } });
  });

  it('checks asked-for names against claims_supported and suggests the right case', () => {
    const gender = find(explainClaims(realRun), 'Gender', 'userinfo');

    expect(gender).toMatchObject({ reason: { code: 'unknown-claim', suggestion: 'gender' } });
    expect(gender).toMatchObject({ message: { code: 'unknown-claim', checkedAgainst: 'claims-supported' } });
  });

  it('says an essential claim did not arrive, even when claims_supported leaves protocol claims out', () => {
    const acr = find(explainClaims(realRun), 'acr', 'id_token');

    expect(acr).toMatchObject({ outcome: 'missing', source: 'claims-request', reason: { code: 'essential-absent' } });
    expect(acr).toMatchObject({ message: { code: 'essential-absent', claim: 'acr', target: 'id_token' } });
  });

  it('says a supported claim that was asked for was not returned', () => {
    expect(find(explainClaims(realRun), 'organization', 'userinfo')).toMatchObject({ reason: { code: 'not-returned' } });
  });

  it('says the provider added a claim nothing asked for, with no attribute guessed', () => {
    const roles = find(explainClaims(realRun), 'https://example.com/roles', 'id_token');

    expect(roles).toMatchObject({ outcome: 'delivered', source: 'custom-claim', message: { code: 'added-by-provider' } });
    expect(roles).not.toHaveProperty('attribute');
  });

  it('points out scope claims the provider served only at userinfo', () => {
    expect(find(explainClaims(realRun), 'email', 'id_token')).toMatchObject({ outcome: 'at-userinfo', scope: 'email' });
  });

  it('without claims_supported, calls only near misses unknown', () => {
    const input: ExplainClaimsInput = { ...realRun, claimsSupported: undefined };

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'Gender', 'userinfo')).toMatchObject({ reason: { code: 'unknown-claim', suggestion: 'gender' } });
    expect(find(verdicts, 'organization', 'userinfo')).toMatchObject({ reason: { code: 'not-returned' } });
  });

  it('says nothing about userinfo when it was not fetched', () => {
    const verdicts = explainClaims({ ...realRun, userinfo: undefined });

    expect(verdicts.some((v) => v.target === 'userinfo')).toBe(false);
    expect(find(verdicts, 'email', 'id_token')).toBeUndefined();
  });
});

describe('explainClaims: the whole list', () => {
  const busy = mockRun({
    requested: ['openid', 'email', 'address', 'profile'],
    granted: ['openid', 'email', 'profile'],
    loginPolicy: CONSENT_CLAIMS_POLICY,
    claims: { id_token: { gender: null, auth_time: { essential: true } }, userinfo: { Gender: null } },
    idToken: { ...PROTOCOL, gender: 'male', consent_email_marketing: true, consent_ui_preferences: false, consent_personalized_ads: false },
    userinfo: { sub: SUB, global_sub: GLOBAL_SUB, ...EMAIL, ...PROFILE },
  });

  it('lists id_token rows first, and within each target delivered rows in payload order before missing ones', () => {
    const verdicts = explainClaims(busy);

    const rows = verdicts.map((v) => `${v.target}:${v.outcome}`);
    const firstUserinfo = rows.findIndex((r) => r.startsWith('userinfo'));
    expect(firstUserinfo).toBeGreaterThan(0);
    expect(rows.slice(0, firstUserinfo).every((r) => r.startsWith('id_token'))).toBe(true);
    expect(rows.slice(firstUserinfo).every((r) => r.startsWith('userinfo'))).toBe(true);
    for (const target of ['id_token', 'userinfo']) {
      const firstNotDelivered = rows.findIndex((r) => r.startsWith(`${target}:`) && r !== `${target}:delivered`);
      expect(firstNotDelivered).toBeGreaterThan(-1);
      expect(rows.lastIndexOf(`${target}:delivered`)).toBeLessThan(firstNotDelivered);
    }
    const deliveredToUserinfo = verdicts.filter((v) => v.target === 'userinfo' && v.outcome === 'delivered').map((v) => v.claim);
    expect(deliveredToUserinfo).toEqual(Object.keys(busy.userinfo ?? {}));
  });

  it('never gives one claim two verdicts in the same place', () => {
    const keys = explainClaims(busy).map((v) => `${v.target}:${v.claim}`);

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives each verdict a message about its own claim and target', () => {
    const verdicts = explainClaims(busy);

    expect(verdicts.length).toBeGreaterThan(20);
    for (const verdict of verdicts) {
      if ('claim' in verdict.message) expect(verdict.message.claim).toBe(verdict.claim);
      if ('target' in verdict.message) expect(verdict.message.target).toBe(verdict.target);
    }
  });

  it('explains a protocol claim that was also asked for as the protocol’s', () => {
    const authTime = find(explainClaims(busy), 'auth_time', 'id_token');

    expect(authTime).toMatchObject({ outcome: 'delivered', source: 'protocol', message: { code: 'registered-claim', alsoAsked: true } });
  });

  it('works from an empty login policy', () => {
    const input = mockRun({ loginPolicy: EMPTY_LOGIN_POLICY, idToken: PROTOCOL, userinfo: { sub: SUB } });

    expect(explainClaims(input).every((v) => v.outcome === 'delivered' && v.source === 'protocol')).toBe(true);
  });
});

describe('explainClaims: registered claims and absences', () => {
  it('recognises every registered JWT / OIDC claim, such as c_hash, sid and cnf, with its spec, instead of calling it an extra', () => {
    const input = mockRun({ idToken: { ...PROTOCOL, c_hash: 'LDktKdoQak3Pk0cnXxCltA', s_hash: 'x', sid: 's-1', jti: 'j-1', cnf: { jkt: 'k' }, events: {} }, userinfo: { sub: SUB } });

    const verdicts = explainClaims(input);

    for (const claim of ['c_hash', 's_hash', 'sid', 'jti', 'cnf', 'events']) {
      expect(find(verdicts, claim, 'id_token')).toMatchObject({ outcome: 'delivered', source: 'protocol', spec: { url: expect.stringMatching(/^https:\/\//) } });
    }
    expect(find(verdicts, 'c_hash', 'id_token')).toMatchObject({ spec: { label: 'OIDC Core §3.3.2.11' } });
  });

  it('never calls a scope claim missing from the id_token when nobody asked for it there (real provider)', () => {
    const input: ExplainClaimsInput = {
      requestedScopes: ['openid', 'email'],
      grantedScopes: ['openid', 'email'],
      claimsRequest: undefined,
      idToken: PROTOCOL,
      userinfo: { sub: SUB, email: 'a@b.test' },
      provider: { kind: 'real' },
    };

    const verdicts = explainClaims(input);

    expect(verdicts.filter((v) => v.target === 'id_token' && v.outcome === 'missing')).toEqual([]);
    expect(find(verdicts, 'email', 'id_token')).toMatchObject({ outcome: 'at-userinfo' });
    expect(find(verdicts, 'email_verified', 'userinfo')).toMatchObject({ outcome: 'missing', absence: 'expected', reason: { code: 'not-returned' } });
  });

  it('keeps surprising for a typo, an essential claim that did not come and a claim asked for by name', () => {
    const input = mockRun({
      claims: { userinfo: { Gender: null }, id_token: { acr: { essential: true } } },
      idToken: PROTOCOL,
      userinfo: { sub: SUB },
      user: undefined,
    });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'Gender', 'userinfo')).toMatchObject({ outcome: 'missing', absence: 'surprising' });
    expect(find(verdicts, 'acr', 'id_token')).toMatchObject({ outcome: 'missing', absence: 'surprising', reason: { code: 'essential-absent' } });
  });

  it('calls a dropped scope’s claims and empty profile values expected absences', () => {
    const input = mockRun({ requested: ['openid', 'profile', 'address'], granted: ['openid', 'profile'], idToken: PROTOCOL, userinfo: { sub: SUB, ...without(PROFILE, 'middle_name') } });

    const verdicts = explainClaims(input);

    expect(find(verdicts, 'address', 'userinfo')).toMatchObject({ absence: 'expected', reason: { code: 'scope-dropped' } });
    expect(find(verdicts, 'nickname', 'userinfo')).toMatchObject({ absence: 'expected', reason: { code: 'no-profile-value' } });
  });
});

describe('explainClaims: a failed userinfo step (issue 24)', () => {
  it('lists every claim userinfo would have brought as not received because the step failed, never as nothing missing', () => {
    const input = mockRun({ requested: ['openid', 'email', 'profile'], idToken: PROTOCOL, userinfo: undefined, failedStep: 'userinfo' });

    const verdicts = explainClaims(input);

    for (const claim of ['sub', 'global_sub', 'email', 'email_verified', 'name', 'gender']) {
      expect(find(verdicts, claim, 'userinfo'), claim).toMatchObject({ outcome: 'missing', absence: 'step-failed', reason: { code: 'step-failed', stage: 'userinfo' } });
    }
    // What would not have come anyway keeps its own reason.
    expect(find(verdicts, 'nickname', 'userinfo')).toMatchObject({ absence: 'expected', message: { code: 'no-mapped-attribute' } });
  });

  it('counts an essential claim of the failed step as a surprising absence, and says what essential means', () => {
    const input = mockRun({ claims: { userinfo: { email: { essential: true } } }, idToken: PROTOCOL, userinfo: undefined, failedStep: 'userinfo' });

    expect(find(explainClaims(input), 'email', 'userinfo')).toMatchObject({
      absence: 'surprising',
      essential: true,
      message: { code: 'step-failed', essential: true },
    });
  });

  it('lists nothing for userinfo when no step failed and userinfo was simply not called', () => {
    const verdicts = explainClaims(mockRun({ requested: ['openid', 'email'], idToken: PROTOCOL, userinfo: undefined }));
    expect(verdicts.filter((v) => v.target === 'userinfo')).toEqual([]);
  });
});

describe('explainClaims: standard claims are never unknown (issue 24)', () => {
  it('says Hosted Login does not release picture, asked for by name', () => {
    const input = mockRun({ claims: { userinfo: { picture: null } }, idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB } });

    expect(find(explainClaims(input), 'picture', 'userinfo')).toMatchObject({
      absence: 'expected',
      reason: { code: 'not-released-by-profile', provider: 'Hosted Login' },
      message: { code: 'standard-claim-not-released' },
    });
  });

  it('gives a case hint only where a claim of another case exists', () => {
    const input = mockRun({ claims: { userinfo: { Gender: null, favourite_colour: null } }, idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB } });
    const verdicts = explainClaims(input);

    expect(find(verdicts, 'Gender', 'userinfo')).toMatchObject({ message: { code: 'unknown-claim', caseSensitive: true, suggestion: 'gender' } });
    expect(find(verdicts, 'favourite_colour', 'userinfo')).toMatchObject({ message: { code: 'unknown-claim', caseSensitive: false } });
  });

  it('releases all fourteen profile claims under OIDC Core, so none is reported withheld', () => {
    const input = mockRun({ behaviour: 'oidc-core', requested: ['openid', 'profile'], idToken: PROTOCOL, userinfo: { sub: SUB, ...PROFILE } });
    const missing = explainClaims(input).filter((v) => v.outcome === 'missing').map((v) => v.claim);

    expect(missing).toEqual(expect.arrayContaining(['picture', 'website', 'zoneinfo', 'locale', 'profile', 'nickname']));
    for (const claim of missing) expect(find(explainClaims(input), claim, 'userinfo')).toMatchObject({ message: { code: 'scope-claim-not-returned' } });
  });
});

describe('explainClaims: essential and value (issue 24)', () => {
  it('explains essential where the user has no value, and counts it surprising', () => {
    const input = mockRun({ claims: { userinfo: { middle_name: { essential: true } } }, user: without(SEED_USER, 'middleName'), idToken: PROTOCOL, userinfo: { sub: SUB, global_sub: GLOBAL_SUB } });

    expect(find(explainClaims(input), 'middle_name', 'userinfo')).toMatchObject({
      absence: 'surprising',
      essential: true,
      message: { code: 'no-profile-value', essential: true },
    });
  });

  it('says whether the delivered value is the one asked for', () => {
    const input = mockRun({
      claims: { id_token: { gender: { value: 'female' }, acr: { values: ['urn:mace:incommon:iap:silver'] } } },
      idToken: { ...PROTOCOL, gender: 'male', acr: 'urn:mace:incommon:iap:silver' },
      userinfo: { sub: SUB, global_sub: GLOBAL_SUB },
    });
    const verdicts = explainClaims(input);

    expect(find(verdicts, 'gender', 'id_token')).toMatchObject({ message: { code: 'from-claims-request', requestedValue: { kind: 'value', matched: false } } });
    expect(find(verdicts, 'acr', 'id_token')).toMatchObject({ message: { code: 'registered-claim', requestedValue: { kind: 'values', matched: true } } });
  });
});

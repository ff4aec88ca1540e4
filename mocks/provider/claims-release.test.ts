import { describe, expect, it } from 'vitest';
import type { BehaviourProfile } from '../../src/domain/mock/behaviour-profile';
import type { ProviderSettings } from './settings';
import { CONSENT_CLAIMS_POLICY, DEFAULT_LOGIN_POLICY, parseLoginPolicy } from '../../src/domain/mock/login-policy';
import { SEED_USER } from '../../src/domain/mock/user-profile';
import { ALL_SCOPES, ISSUER, SEED_SUB, START_SECONDS, signIn, testProvider, userinfoBody, verifiedIdToken } from './test-kit';

const PROTOCOL_CLAIMS_OF_THIS_ID_TOKEN = ['at_hash', 'aud', 'auth_time', 'exp', 'iat', 'iss', 'nonce', 'sub'];
const GLOBAL_SUB = `capture-v1://op.test/playground/user/${SEED_SUB}`;
const UPDATED_AT = Date.parse(SEED_USER.lastUpdated as string) / 1000;
const ADDRESS = {
  formatted: '1233 NW 12th Ave #150\nPortland, OR 97209\nUS',
  street_address: '1233 NW 12th Ave #150',
  locality: 'Portland',
  region: 'OR',
  postal_code: '97209',
  country: 'US',
};
const PROFILE_CLAIMS = {
  name: 'Karim J. Nafir',
  given_name: 'Karim',
  family_name: 'Nafir',
  middle_name: 'J.',
  preferred_username: 'karim_n',
  gender: 'male',
  birthdate: '1967-07-12',
  updated_at: UPDATED_AT,
};

interface Release {
  idToken: Record<string, unknown>;
  userinfo: Record<string, unknown>;
  scope: string;
}

/** Signs in under the given settings and answers the decoded id_token and the userinfo response. */
async function release(settings: Partial<ProviderSettings>, request: { scope: string; claims?: unknown }): Promise<Release> {
  const test = testProvider({ allowedScopes: ALL_SCOPES, ...settings });
  const overrides: Record<string, string> = { scope: request.scope };
  if (request.claims !== undefined) overrides.claims = typeof request.claims === 'string' ? request.claims : JSON.stringify(request.claims);
  const body = await signIn(test, overrides);
  return { idToken: await verifiedIdToken(test, body.id_token), userinfo: userinfoBody(test, body.access_token), scope: body.scope };
}

const as = (behaviour: BehaviourProfile, extra: Partial<ProviderSettings> = {}): Partial<ProviderSettings> => ({ behaviour, ...extra });

describe('Hosted Login profile', () => {
  it('puts only protocol claims in the id_token when no claims are asked for, whatever the scopes', async () => {
    const { idToken } = await release(as('hosted-login'), { scope: 'openid profile email address phone' });

    expect(Object.keys(idToken).sort()).toEqual(PROTOCOL_CLAIMS_OF_THIS_ID_TOKEN);
  });

  it('serves the scope claims at userinfo, with sub and global_sub', async () => {
    const { userinfo } = await release(as('hosted-login'), { scope: 'openid email' });

    expect(userinfo).toEqual({ sub: SEED_SUB, global_sub: GLOBAL_SUB, email: 'karim.nafir@mail.com', email_verified: true });
  });

  it('adds to the id_token what claims.id_token asks for', async () => {
    const { idToken } = await release(as('hosted-login'), { scope: 'openid', claims: { id_token: { gender: null, email: null } } });

    expect(idToken).toMatchObject({ gender: 'male', email: 'karim.nafir@mail.com' });
  });

  it('adds customClaims.id_token of the login policy to the id_token, false values included', async () => {
    const { idToken, userinfo } = await release(as('hosted-login', { loginPolicy: CONSENT_CLAIMS_POLICY }), { scope: 'openid' });

    expect(idToken).toMatchObject({ consent_email_marketing: true, consent_ui_preferences: false, consent_personalized_ads: false });
    expect(userinfo).not.toHaveProperty('consent_email_marketing');
  });

  it('adds customClaims.userinfo of the login policy to userinfo only', async () => {
    const policy = { customClaims: { id_token: {}, userinfo: { organization: 'companyName' } }, customScopes: {} } as const;

    const { idToken, userinfo } = await release(as('hosted-login', { loginPolicy: policy }), { scope: 'openid' });

    expect(userinfo.organization).toBe('Bizcorp');
    expect(idToken).not.toHaveProperty('organization');
  });

  it('ignores custom scopes: ad:user_custom:read brings no company_name even when allowed', async () => {
    const settings = as('hosted-login', { loginPolicy: DEFAULT_LOGIN_POLICY, allowedScopes: ['openid', 'ad:user_custom:read'] });

    const { idToken, userinfo, scope } = await release(settings, { scope: 'openid ad:user_custom:read' });

    expect(scope).toBe('openid ad:user_custom:read');
    expect(idToken).not.toHaveProperty('company_name');
    expect(userinfo).not.toHaveProperty('company_name');
  });
});

describe('Next Identity profile', () => {
  it('puts the scope claims in the id_token as well as at userinfo', async () => {
    const { idToken, userinfo } = await release(as('next-identity'), { scope: 'openid profile email' });
    // updated_at is a string under Next Identity, as in its reference.
    const expected = { ...PROFILE_CLAIMS, updated_at: '2026-01-15 09:30:00.000000 +0000', email: 'karim.nafir@mail.com', email_verified: true };

    expect(idToken).toMatchObject(expected);
    expect(userinfo).toMatchObject(expected);
  });

  it('serves no global_sub', async () => {
    const { userinfo } = await release(as('next-identity'), { scope: 'openid email' });

    expect(userinfo).toEqual({ sub: SEED_SUB, email: 'karim.nafir@mail.com', email_verified: true });
  });

  it('releases company_name from companyName for ad:user_custom, the suffix left out, to the id_token and userinfo', async () => {
    const settings = as('next-identity', { loginPolicy: DEFAULT_LOGIN_POLICY, allowedScopes: ['openid', 'email', 'profile', 'ad:user_custom:read'] });

    const { idToken, userinfo, scope } = await release(settings, { scope: 'openid email profile ad:user_custom' });

    expect(scope).toBe('openid email profile ad:user_custom');
    expect(idToken.company_name).toBe('Bizcorp');
    expect(userinfo.company_name).toBe('Bizcorp');
  });

  it('releases no company_name when the policy does not allow the custom scope', async () => {
    const settings = as('next-identity', { loginPolicy: DEFAULT_LOGIN_POLICY, allowedScopes: ['openid', 'email'] });

    const { idToken, userinfo } = await release(settings, { scope: 'openid email ad:user_custom' });

    expect(idToken).not.toHaveProperty('company_name');
    expect(userinfo).not.toHaveProperty('company_name');
  });
});

describe('OIDC Core profile (§5.4)', () => {
  it('serves scope claims at userinfo only, with no global_sub', async () => {
    const { idToken, userinfo } = await release(as('oidc-core'), { scope: 'openid email' });

    expect(Object.keys(idToken).sort()).toEqual(PROTOCOL_CLAIMS_OF_THIS_ID_TOKEN);
    expect(userinfo).toEqual({ sub: SEED_SUB, email: 'karim.nafir@mail.com', email_verified: true });
  });

  it('honours the claims parameter for both targets', async () => {
    const { idToken, userinfo } = await release(as('oidc-core'), { scope: 'openid', claims: { id_token: { email: null }, userinfo: { gender: null } } });

    expect(idToken.email).toBe('karim.nafir@mail.com');
    expect(userinfo.gender).toBe('male');
  });
});

describe('the claims parameter (OIDC Core §5.5)', () => {
  it('delivers gender to the id_token and userinfo with only openid granted (the reference’s example)', async () => {
    const { idToken, userinfo, scope } = await release({}, { scope: 'openid', claims: { userinfo: { gender: null }, id_token: { gender: null } } });

    expect(scope).toBe('openid');
    expect(idToken.gender).toBe('male');
    expect(userinfo.gender).toBe('male');
  });

  it.each([
    ['null', null],
    ['{"essential":true}', { essential: true }],
    ['{"essential":false}', { essential: false }],
    ['{"value":…} (the user’s own value is returned)', { value: 'female' }],
    ['{"values":[…]}', { values: ['female', 'other'] }],
  ])('delivers a claim asked for as %s', async (_form, options) => {
    const { idToken, userinfo } = await release({}, { scope: 'openid', claims: { id_token: { gender: options }, userinfo: { birthdate: options } } });

    expect(idToken.gender).toBe('male');
    expect(userinfo.birthdate).toBe('1967-07-12');
  });

  it('delivers an essential claim to userinfo and not to the id_token when asked only for userinfo (oidcc-claims-essential)', async () => {
    const { idToken, userinfo } = await release({}, { scope: 'openid', claims: { userinfo: { name: { essential: true } } } });

    expect(userinfo.name).toBe('Karim J. Nafir');
    expect(idToken).not.toHaveProperty('name');
  });

  it('delivers a claim of a scope the policy dropped: the claims parameter does not depend on scopes', async () => {
    const { userinfo, scope } = await release({ allowedScopes: ['openid'] }, { scope: 'openid address', claims: { userinfo: { address: null } } });

    expect(scope).toBe('openid');
    expect(userinfo.address).toEqual(ADDRESS);
  });

  it('ignores an unknown claim name without error: Gender is not gender (names are case-sensitive)', async () => {
    const { idToken, userinfo } = await release({}, { scope: 'openid', claims: { id_token: { Gender: null }, userinfo: { Gender: null, shoe_size: null } } });

    expect(idToken).not.toHaveProperty('Gender');
    expect(idToken).not.toHaveProperty('gender');
    expect(userinfo).toEqual({ sub: SEED_SUB, global_sub: GLOBAL_SUB });
  });

  it('ignores members other than userinfo and id_token without error', async () => {
    const { idToken, userinfo } = await release({}, { scope: 'openid', claims: { access_token: { email: null }, userinfo: { gender: null } } });

    expect(userinfo).toEqual({ sub: SEED_SUB, global_sub: GLOBAL_SUB, gender: 'male' });
    expect(idToken).not.toHaveProperty('email');
  });

  it('does not let a claims request override protocol claims', async () => {
    const claims = { id_token: { iss: { value: 'https://evil.test' }, auth_time: { essential: true } } };

    const { idToken } = await release({}, { scope: 'openid', claims });

    expect(idToken).toMatchObject({ iss: ISSUER, sub: SEED_SUB, auth_time: START_SECONDS });
  });

  it('delivers a custom claim asked for by name, to the target asked for', async () => {
    const settings = { loginPolicy: CONSENT_CLAIMS_POLICY };

    const { userinfo } = await release(settings, { scope: 'openid', claims: { userinfo: { consent_email_marketing: null } } });

    expect(userinfo.consent_email_marketing).toBe(true);
  });
});

describe('login policy validation: customClaims attribute names', () => {
  it('is a configuration error naming the closest attribute when the case is wrong', () => {
    const policy = { customClaims: { id_token: { consent_email_marketing: 'EMAIL_MARKETING_OPTIN' } } };

    const parsed = parseLoginPolicy(JSON.stringify(policy));

    expect(parsed.outcome).toBe('invalid');
    expect(parsed.outcome === 'invalid' && parsed.message).toContain('did you mean "email_marketing_optIn"?');
  });

  it('names the closest attribute for a near miss in a custom scope too', () => {
    const policy = { customScopes: { 'ad:user_custom:read': { company_name: 'companyname' } } };

    const parsed = parseLoginPolicy(JSON.stringify(policy));

    expect(parsed.outcome === 'invalid' && parsed.message).toContain('did you mean "companyName"?');
  });

  it('accepts the exact attribute names, whatever the claim names', () => {
    const policy = { customClaims: { id_token: { x: 'email_marketing_optIn' }, userinfo: { marketing: 'email_marketing_optIn' } } };

    expect(parseLoginPolicy(JSON.stringify(policy)).outcome).toBe('valid');
  });
});

describe('claim types (OIDC Core §5.1)', () => {
  it('gives updated_at as a number of seconds, from lastUpdated', async () => {
    const { userinfo } = await release({}, { scope: 'openid profile' });

    expect(userinfo.updated_at).toBe(UPDATED_AT);
  });

  it('gives auth_time as a number of seconds', async () => {
    const { idToken } = await release({}, { scope: 'openid' });

    expect(idToken.auth_time).toBe(START_SECONDS);
  });

  it('gives address as the JSON object built from primaryAddress', async () => {
    const { userinfo } = await release({}, { scope: 'openid address' });

    expect(userinfo.address).toEqual(ADDRESS);
  });

  it('gives email_verified and phone_number_verified as booleans', async () => {
    const { userinfo } = await release({}, { scope: 'openid email phone' });

    expect(userinfo).toMatchObject({ email_verified: true, phone_number: '+1 503 555 0142', phone_number_verified: false });
  });

  it('derives the *_verified booleans from whether the profile’s verification attributes are set', async () => {
    const user = { uuid: 'user-2', email: 'toni@example.com', mobileNumber: '+1 555 0100', mobileNumberVerified: '2025-06-01T00:00:00Z' };

    const { userinfo } = await release({ user: user }, { scope: 'openid email phone' });

    expect(userinfo).toEqual({ sub: 'user-2', global_sub: 'capture-v1://op.test/playground/user/user-2', email: 'toni@example.com', email_verified: false, phone_number: '+1 555 0100', phone_number_verified: true });
  });

  it('keeps the same types in the id_token under Next Identity, except updated_at, a string as in its reference', async () => {
    const { idToken, userinfo } = await release(as('next-identity'), { scope: 'openid profile email address phone' });

    expect(idToken).toMatchObject({ address: ADDRESS, email_verified: true, phone_number_verified: false });
    expect(idToken.updated_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6} \+0000$/);
    expect(userinfo.updated_at).toBe(idToken.updated_at);
  });

  it('leaves out claims the profile has no value for, rather than sending null', async () => {
    const { userinfo } = await release({ user: { uuid: 'user-3', givenName: 'Toni' } }, { scope: 'openid profile email' });

    expect(userinfo).toEqual({ sub: 'user-3', global_sub: 'capture-v1://op.test/playground/user/user-3', name: 'Toni', given_name: 'Toni' });
  });

  it('never releases nickname, which Hosted Login maps to no attribute', async () => {
    const { userinfo } = await release({}, { scope: 'openid profile', claims: { userinfo: { nickname: null } } });

    expect(userinfo).not.toHaveProperty('nickname');
  });

  it('uses the same sub at userinfo as in the id_token (OIDC Core §5.3.2)', async () => {
    const { idToken, userinfo } = await release({}, { scope: 'openid' });

    expect(userinfo.sub).toBe(idToken.sub);
  });
});

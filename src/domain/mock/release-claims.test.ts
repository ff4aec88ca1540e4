import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_PROFILE_IDS, updatedAtAsProfileSends, type BehaviourProfile } from './behaviour-profile';
import type { ClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { releaseClaims } from './release-claims';
import { SEED_USER, type UserProfile } from './user-profile';

const GLOBAL_SUB = 'capture-v1://op.test/playground/user/3c388dd9-5bcc-4883-9a91-d51129110a4a';

function release(behaviour: BehaviourProfile, grantedScopes: string[], claimsRequest?: ClaimsRequest, user: UserProfile = SEED_USER) {
  return releaseClaims({ behaviour, grantedScopes, claimsRequest, user, issuer: 'https://op.test/oidc', subject: '3c388dd9-5bcc-4883-9a91-d51129110a4a' });
}

describe('releaseClaims: Hosted Login', () => {
  it('serves scope claims at userinfo only, with global_sub', () => {
    const released = release('hosted-login', ['openid', 'email']);

    expect(released.userinfo).toEqual({
      sub: '3c388dd9-5bcc-4883-9a91-d51129110a4a',
      global_sub: GLOBAL_SUB,
      email: 'karim.nafir@mail.com',
      email_verified: true,
    });
    expect(released.idToken).toEqual({});
  });

  it('adds the address object at userinfo once address is granted', () => {
    const released = release('hosted-login', ['openid', 'email', 'address']);

    expect(released.userinfo.address).toEqual({
      country: 'US',
      formatted: '1233 NW 12th Ave #150\nPortland, OR 97209\nUS',
      locality: 'Portland',
      postal_code: '97209',
      region: 'OR',
      street_address: '1233 NW 12th Ave #150',
    });
    expect(released.idToken).not.toHaveProperty('address');
  });

  it('releases no scope claims for a scope that was not granted', () => {
    const released = release('hosted-login', ['openid']);

    expect(Object.keys(released.userinfo).sort()).toEqual(['global_sub', 'sub']);
  });
});

describe('releaseClaims: Next Identity', () => {
  it('puts scope claims in the id_token as well as at userinfo, without global_sub', () => {
    const released = release('next-identity', ['openid', 'email']);

    expect(released.idToken).toEqual({ email: 'karim.nafir@mail.com', email_verified: true });
    expect(released.userinfo).toEqual({
      sub: '3c388dd9-5bcc-4883-9a91-d51129110a4a',
      email: 'karim.nafir@mail.com',
      email_verified: true,
    });
  });

  it('puts profile claims in the id_token, typed per OIDC Core §5.1', () => {
    const released = release('next-identity', ['openid', 'profile']);

    expect(released.idToken).toMatchObject({
      name: 'Karim J. Nafir',
      given_name: 'Karim',
      middle_name: 'J.',
      family_name: 'Nafir',
      preferred_username: 'karim_n',
      gender: 'male',
      birthdate: '1967-07-12',
      // As the Next Identity reference sends it: a string, not OIDC Core's number.
      updated_at: '2026-01-15 09:30:00.000000 +0000',
    });
  });
});

describe('releaseClaims: OIDC Core', () => {
  it('serves scope claims at userinfo only, without global_sub', () => {
    const released = release('oidc-core', ['openid', 'phone']);

    expect(released.idToken).toEqual({});
    expect(released.userinfo).toEqual({
      sub: '3c388dd9-5bcc-4883-9a91-d51129110a4a',
      phone_number: '+1 503 555 0142',
      phone_number_verified: false,
    });
  });
});

describe('releaseClaims: the claims parameter', () => {
  const genderBothWays: ClaimsRequest = { userinfo: { gender: null }, id_token: { gender: null } };

  it.each(BEHAVIOUR_PROFILE_IDS)('delivers gender to both targets with only openid granted (%s)', (behaviour) => {
    const released = release(behaviour, ['openid'], genderBothWays);

    expect(released.idToken).toEqual({ gender: 'male' });
    expect(released.userinfo.gender).toBe('male');
  });

  it('delivers a claim only to the target that asked for it', () => {
    const released = release('hosted-login', ['openid'], { id_token: { email: { essential: true } } });

    expect(released.idToken).toEqual({ email: 'karim.nafir@mail.com' });
    expect(released.userinfo).not.toHaveProperty('email');
  });

  it('ignores a claim name the provider does not know (Gender is not gender)', () => {
    const released = release('hosted-login', ['openid'], { userinfo: { Gender: null }, id_token: { Gender: null } });

    expect(released.idToken).toEqual({});
    expect(released.userinfo).not.toHaveProperty('Gender');
    expect(released.userinfo).not.toHaveProperty('gender');
  });

  it('lets no request override the protocol claims', () => {
    const released = release('hosted-login', ['openid'], { id_token: { iss: null, sub: null, auth_time: null } });

    expect(released.idToken).toEqual({});
  });

  it('leaves out a requested claim the user has no value for', () => {
    const withoutGender: UserProfile = { ...SEED_USER, gender: undefined };

    const released = release('hosted-login', ['openid'], genderBothWays, withoutGender);

    expect(released.idToken).toEqual({});
    expect(released.userinfo).not.toHaveProperty('gender');
  });
});

describe('releaseClaims: updated_at as each profile sends it', () => {
  it('is a number of seconds under OIDC Core and Hosted Login, a "YYYY-MM-DD hh:mm:ss.ffffff +0000" string under Next Identity', () => {
    const seconds = Date.UTC(2021, 0, 7, 20, 44, 35) / 1000;

    expect(updatedAtAsProfileSends('oidc-core', seconds)).toBe(seconds);
    expect(updatedAtAsProfileSends('hosted-login', seconds)).toBe(seconds);
    expect(updatedAtAsProfileSends('next-identity', seconds)).toBe('2021-01-07 20:44:35.000000 +0000');
  });
});

describe('releaseClaims: the profile scope per behaviour profile (OIDC Core §5.4)', () => {
  const FOURTEEN = ['name', 'family_name', 'given_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture', 'website', 'gender', 'birthdate', 'zoneinfo', 'locale', 'updated_at'];

  it('releases all fourteen §5.4 claims at userinfo under OIDC Core', () => {
    const released = release('oidc-core', ['openid', 'profile']);
    expect(Object.keys(released.userinfo).sort()).toEqual(['sub', ...FOURTEEN].sort());
  });

  it.each(['hosted-login', 'next-identity'] as const)('keeps the reference products’ profile claims under %s: no picture, website, zoneinfo, locale or profile, and nickname without a value', (behaviour) => {
    const released = release(behaviour, ['openid', 'profile'], { userinfo: { picture: null } });
    expect(Object.keys(released.userinfo)).toEqual(expect.arrayContaining(['name', 'given_name', 'gender', 'birthdate', 'updated_at']));
    for (const claim of ['picture', 'website', 'zoneinfo', 'locale', 'profile', 'nickname']) expect(released.userinfo).not.toHaveProperty(claim);
  });
});


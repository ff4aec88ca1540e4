import { describe, expect, it } from 'vitest';
import { explainClaims } from '../explain/explain-claims';
import { DEFAULT_LOGIN_POLICY } from './login-policy';
import { PREPARED_USERS, findPreparedUser, preparedUserOf } from './prepared-users';
import { readUrlParameters } from '../request/url-parameters';
import { SEED_USER, parseUserProfile } from './user-profile';

describe('prepared users', () => {
  it('are valid profiles of the schema, each with its own sub', () => {
    for (const user of PREPARED_USERS) expect(parseUserProfile(JSON.stringify(user.profile))).toMatchObject({ outcome: 'valid' });
    expect(new Set(PREPARED_USERS.map((u) => u.profile.uuid)).size).toBe(PREPARED_USERS.length);
  });

  it('differ where the lesson is: no contact details, an unverified email, the custom attributes', () => {
    expect(findPreparedUser('minimal')?.profile).not.toHaveProperty('email');
    expect(findPreparedUser('minimal')?.profile).not.toHaveProperty('mobileNumber');
    expect(findPreparedUser('unverified-email')?.profile).toMatchObject({ email: expect.any(String), emailVerified: null });
    expect(findPreparedUser('custom-attributes')?.profile).toMatchObject({ companyName: 'Bizcorp', ui_preferences_optIn: true });
    expect(findPreparedUser('nobody')).toBeUndefined();
  });

  it('says "the user has no value" for the minimal user’s email, not "dropped by policy"', () => {
    const user = findPreparedUser('minimal')!.profile;
    const verdicts = explainClaims({
      requestedScopes: ['openid', 'email'],
      grantedScopes: ['openid', 'email'],
      claimsRequest: undefined,
      idToken: { sub: user.uuid },
      userinfo: { sub: user.uuid },
      provider: { kind: 'mock', behaviour: 'hosted-login', loginPolicy: DEFAULT_LOGIN_POLICY, user },
    });
    expect(verdicts.find((v) => v.claim === 'email' && v.target === 'userinfo')).toMatchObject({ outcome: 'missing', reason: { code: 'no-profile-value' } });
  });

  it('is chosen by name with the user URL parameter; a JSON profile still works', () => {
    const named = readUrlParameters(new URLSearchParams('user=unverified-email'));
    expect(preparedUserOf(JSON.parse(named!.request.mock.userText))?.name).toBe('unverified-email');

    const json = readUrlParameters(new URLSearchParams(`user=${encodeURIComponent('{"uuid":"u-1"}')}`));
    expect(JSON.parse(json!.request.mock.userText)).toEqual({ uuid: 'u-1' });
  });

  it('is no prepared user once edited, so its lesson is never said of another profile', () => {
    const edited = Object.fromEntries(Object.entries(SEED_USER).filter(([name]) => name !== 'middleName')) as typeof SEED_USER;
    expect(preparedUserOf(SEED_USER)?.name).toBe('full');
    expect(preparedUserOf(edited)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { PREPARED_USERS } from '../mock/prepared-users';
import { DEFAULT_LOGIN_POLICY } from '../mock/login-policy';
import { LOCAL_SERVER_SETTINGS_KEY, localServerSettingsUrl, localServerUserOf, readLocalServerSettings, sameLocalServerSettings } from './local-server-settings';

const answer = {
  behaviour: 'next-identity',
  loginPolicy: DEFAULT_LOGIN_POLICY,
  allowedScopes: ['openid', 'profile'],
  disallowedScopes: 'drop',
  users: PREPARED_USERS.slice(0, 2).map((u) => ({ name: u.name, profile: u.profile })),
};

describe('where the playground reads a local mock server’s settings', () => {
  const at = (issuer: string, endpoint: unknown) => localServerSettingsUrl(issuer, { [LOCAL_SERVER_SETTINGS_KEY]: endpoint });

  it('at the endpoint its discovery names, on the issuer’s own loopback origin', () => {
    expect(at('http://127.0.0.1:4400', 'http://127.0.0.1:4400/__playground/settings')).toBe('http://127.0.0.1:4400/__playground/settings');
    expect(at('http://localhost:4400/op', 'http://localhost:4400/op/__playground/settings')).toBe('http://localhost:4400/op/__playground/settings');
  });

  it('nowhere for a remote provider, another origin, or a document that names none', () => {
    expect(at('https://op.example', 'https://op.example/__playground/settings')).toBeUndefined();
    expect(at('http://127.0.0.1:4400', 'http://127.0.0.1:9999/__playground/settings')).toBeUndefined();
    expect(at('http://127.0.0.1:4400', 'javascript:alert(1)')).toBeUndefined();
    expect(at('http://127.0.0.1:4400', 42)).toBeUndefined();
    expect(localServerSettingsUrl('http://127.0.0.1:4400', {})).toBeUndefined();
  });
});

describe('reading the server’s answer', () => {
  it('takes the settings and users that parse as the playground’s own settings would', () => {
    const read = readLocalServerSettings(answer);

    expect(read).toMatchObject({ outcome: 'read', settings: { behaviour: 'next-identity', allowedScopes: ['openid', 'profile'], disallowedScopes: 'drop' } });
    if (read.outcome !== 'read') throw new Error('expected read');
    expect(localServerUserOf(read.settings, PREPARED_USERS[1]!.profile.uuid)?.name).toBe(PREPARED_USERS[1]!.name);
    expect(localServerUserOf(read.settings, 'nobody')).toBeUndefined();
    expect(localServerUserOf(read.settings, undefined)).toBeUndefined();
  });

  it.each([
    ['the answer', 'not an object'],
    ['behaviour', { ...answer, behaviour: 'okta' }],
    ['loginPolicy', { ...answer, loginPolicy: { customClaims: { id_token: { x: 'noSuchAttribute' } } } }],
    ['allowedScopes', { ...answer, allowedScopes: 'openid' }],
    ['disallowedScopes', { ...answer, disallowedScopes: 'ignore' }],
    ['users', { ...answer, users: {} }],
    ['users[0].name', { ...answer, users: [{ profile: PREPARED_USERS[0]!.profile }] }],
    ['users[0].profile', { ...answer, users: [{ name: 'x', profile: { givenName: 'no uuid' } }] }],
  ])('names %s when it does not parse', (field, body) => {
    expect(readLocalServerSettings(body)).toEqual({ outcome: 'unreadable', problem: { code: 'invalid', field } });
  });
});

describe('the settings read again when the sign-in comes back', () => {
  const settingsOf = (body: unknown) => {
    const read = readLocalServerSettings(body);
    if (read.outcome !== 'read') throw new Error('expected read');
    return read.settings;
  };

  it('are the same when nothing changed, and differ when the policy or a user did', () => {
    expect(sameLocalServerSettings(settingsOf(answer), settingsOf(JSON.parse(JSON.stringify(answer))))).toBe(true);
    expect(sameLocalServerSettings(settingsOf(answer), settingsOf({ ...answer, allowedScopes: ['openid'] }))).toBe(false);
    expect(sameLocalServerSettings(settingsOf(answer), settingsOf({ ...answer, users: answer.users.slice(0, 1) }))).toBe(false);
  });
});

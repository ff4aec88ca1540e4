import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, withScopes, type ComposedRequest } from './composed-request';
import { permalink, writeUrlParameters } from './permalink';
import { COMPOSE_PARAMETERS, readUrlParameters } from './url-parameters';

const composed: ComposedRequest = {
  ...withScopes(DEFAULT_REQUEST, ['openid', 'email', 'address', 'bob']),
  claimsText: '{\n  "id_token": { "gender": null }\n}',
  prompt: 'login',
  maxAge: '300',
  loginHint: 'karim.nafir@mail.com',
  mock: {
    ...DEFAULT_REQUEST.mock,
    allowedScopes: ['openid', 'email'],
    behaviour: 'next-identity',
    disallowedScopes: 'reject',
    userText: JSON.stringify({ uuid: 'u-1', givenName: 'Ada' }, null, 2),
  },
};

describe('writeUrlParameters', () => {
  it('round-trips a composed request through the documented URL parameters', () => {
    const read = readUrlParameters(writeUrlParameters(composed));
    expect(read?.request).toEqual({ ...composed, claimsText: JSON.stringify({ id_token: { gender: null } }, null, 2) });
  });

  it('leaves defaults out to keep the link short', () => {
    const params = writeUrlParameters(DEFAULT_REQUEST);
    expect([...params.keys()]).toEqual(['scope', 'allowed_scopes']);
  });

  it('never carries anything but documented composition parameters', () => {
    const link = new URL(permalink('https://playground.test', composed));
    for (const name of link.searchParams.keys()) expect(COMPOSE_PARAMETERS).toContain(name);
  });

  it('keeps the base path the app is served under', () => {
    const link = new URL(permalink('https://example.github.io/oidc-playground/', composed));
    expect(link.pathname).toBe('/oidc-playground/');
    expect(link.searchParams.get('scope')).toBe('openid email address bob');
  });

  it('names a real issuer and leaves out the mock settings for it', () => {
    const params = writeUrlParameters({ ...composed, issuer: 'https://login.example.com' });
    expect(params.get('issuer')).toBe('https://login.example.com');
    expect(params.has('allowed_scopes')).toBe(false);
    expect(params.has('user')).toBe(false);
  });
});

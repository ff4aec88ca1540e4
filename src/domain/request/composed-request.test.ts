import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MOCK_SETTINGS,
  DEFAULT_REQUEST,
  isMockIssuer,
  requestedScopes,
  reviveComposedRequest,
  withScopes,
} from './composed-request';

describe('requestedScopes', () => {
  it('sends standard scopes in catalogue order, then the free-text ones without repeats', () => {
    const request = { ...DEFAULT_REQUEST, standardScopes: ['email', 'openid'] as const, customScopes: ' bob  email ad:user_custom bob ' };

    expect(requestedScopes(request)).toEqual(['openid', 'email', 'bob', 'ad:user_custom']);
  });
});

describe('withScopes', () => {
  it('splits a scope list into standard toggles and free text', () => {
    const request = withScopes(DEFAULT_REQUEST, ['openid', 'bob', 'address', 'ad:user_custom:read']);

    expect(request.standardScopes).toEqual(['openid', 'address']);
    expect(request.customScopes).toBe('bob ad:user_custom:read');
  });
});

describe('isMockIssuer', () => {
  it('takes "mock" and an empty issuer for the built-in provider, and nothing else', () => {
    expect(isMockIssuer('mock')).toBe(true);
    expect(isMockIssuer('')).toBe(true);
    expect(isMockIssuer('https://login.example.com')).toBe(false);
  });
});

describe('reviveComposedRequest', () => {
  it.each([null, undefined, 42, 'a string', true])('falls back to the default request for %s', (garbage) => {
    expect(reviveComposedRequest(garbage)).toEqual(DEFAULT_REQUEST);
  });

  it('falls back field by field, keeping what is well formed', () => {
    const stored = {
      issuer: 'https://login.example.com',
      clientId: 7,
      standardScopes: ['openid', 'bogus', 3, 'phone'],
      customScopes: ['bob'],
      claimsText: '{"userinfo": {"email": null}}',
      maxAge: null,
      mock: { allowedScopes: ['openid', 5, 'email'], behaviour: 'evil-corp', userText: { uuid: 'u' } },
    };

    const revived = reviveComposedRequest(stored);

    expect(revived).toEqual({
      ...DEFAULT_REQUEST,
      issuer: 'https://login.example.com',
      standardScopes: ['openid', 'phone'],
      claimsText: '{"userinfo": {"email": null}}',
      mock: { ...DEFAULT_MOCK_SETTINGS, allowedScopes: ['openid', 'email'] },
    });
  });

  it('keeps a stored behaviour profile that exists', () => {
    const revived = reviveComposedRequest({ mock: { behaviour: 'next-identity', allowedScopes: 'openid' } });

    expect(revived.mock.behaviour).toBe('next-identity');
    expect(revived.mock.allowedScopes).toEqual(DEFAULT_MOCK_SETTINGS.allowedScopes);
  });

  it('round-trips a request that was stored as JSON', () => {
    const request = {
      ...withScopes(DEFAULT_REQUEST, ['openid', 'address', 'bob']),
      prompt: 'login',
      mock: { ...DEFAULT_MOCK_SETTINGS, behaviour: 'oidc-core' as const },
    };

    expect(reviveComposedRequest(JSON.parse(JSON.stringify(request)))).toEqual(request);
  });
});

describe('DEFAULT_MOCK_SETTINGS', () => {
  it('leaves address out of the token policy, like the reference', () => {
    expect(DEFAULT_MOCK_SETTINGS.allowedScopes).toContain('openid');
    expect(DEFAULT_MOCK_SETTINGS.allowedScopes).not.toContain('address');
  });
});

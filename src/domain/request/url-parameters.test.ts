import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST } from './composed-request';
import { readUrlParameters } from './url-parameters';

const read = (query: string) => readUrlParameters(new URLSearchParams(query));

describe('readUrlParameters', () => {
  it('answers undefined when the URL carries no composition', () => {
    expect(read('')).toBeUndefined();
    expect(read('utm_source=newsletter')).toBeUndefined();
  });

  it('fills every absent parameter with the defaults, not with what was stored', () => {
    const composition = read('autostart=1');

    expect(composition).toEqual({ request: DEFAULT_REQUEST, autostart: true, autologin: false, problems: [] });
  });

  it('splits scope into standard toggles and free text', () => {
    const composition = read('scope=openid%20email%20address%20bob');

    expect(composition?.request.standardScopes).toEqual(['openid', 'email', 'address']);
    expect(composition?.request.customScopes).toBe('bob');
  });

  it('pretty-prints a claims parameter for the editor', () => {
    const composition = read(`claims=${encodeURIComponent('{"userinfo":{"gender":null}}')}`);

    expect(composition?.request.claimsText).toBe('{\n  "userinfo": {\n    "gender": null\n  }\n}');
  });

  it('keeps a claims parameter that does not parse exactly as given', () => {
    const composition = read(`claims=${encodeURIComponent('{"userinfo":')}`);

    expect(composition?.request.claimsText).toBe('{"userinfo":');
  });

  it('reads the mock token policy and behaviour profile', () => {
    const composition = read('allowed_scopes=openid+email+address&profile=next-identity');

    expect(composition?.request.mock).toEqual({
      ...DEFAULT_MOCK_SETTINGS,
      allowedScopes: ['openid', 'email', 'address'],
      behaviour: 'next-identity',
    });
  });

  it('reports an unknown profile and uses hosted-login', () => {
    const composition = read('profile=keycloak');

    expect(composition?.request.mock.behaviour).toBe('hosted-login');
    expect(composition?.problems).toHaveLength(1);
    expect(composition?.problems[0]).toContain('profile="keycloak"');
  });

  it('reads the issuer, client and extra authorize parameters as given', () => {
    const composition = read(
      'issuer=https%3A%2F%2Flogin.example.com&client_id=abc&prompt=login&max_age=300&login_hint=karim&ui_locales=fr&acr_values=loa-2&autologin=1',
    );

    expect(composition?.request).toMatchObject({
      issuer: 'https://login.example.com',
      clientId: 'abc',
      prompt: 'login',
      maxAge: '300',
      loginHint: 'karim',
      uiLocales: 'fr',
      acrValues: 'loa-2',
    });
    expect(composition?.autologin).toBe(true);
    expect(composition?.autostart).toBe(false);
  });

  it('uses the built-in mock and the default client when issuer and client_id are empty', () => {
    const composition = read('issuer=&client_id=');

    expect(composition?.request.issuer).toBe('mock');
    expect(composition?.request.clientId).toBe('playground');
  });

  it('starts only on autostart=1 exactly', () => {
    expect(read('autostart=true')?.autostart).toBe(false);
  });
});

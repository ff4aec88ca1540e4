import { describe, expect, it } from 'vitest';
import { checkComposedRequest, type RequestField } from './check-composed-request';
import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, type ComposedRequest } from './composed-request';

function compose(changes: Partial<ComposedRequest>): ComposedRequest {
  return { ...DEFAULT_REQUEST, ...changes };
}

function problemsOf(request: ComposedRequest, field: RequestField) {
  return checkComposedRequest(request).problems.filter((p) => p.field === field);
}

describe('checkComposedRequest', () => {
  it('lets the default request start with no problems', () => {
    const check = checkComposedRequest(DEFAULT_REQUEST);

    expect(check.problems).toEqual([]);
    expect(check.canStart).toBe(true);
    expect(check.claims).toEqual({ outcome: 'empty' });
  });

  it('accepts an https issuer and an http one on localhost', () => {
    expect(problemsOf(compose({ issuer: 'https://login.example.com/tenant' }), 'issuer')).toEqual([]);
    expect(problemsOf(compose({ issuer: 'http://localhost:8080/realms/demo' }), 'issuer')).toEqual([]);
  });

  it('blocks an issuer that is not a URL', () => {
    const check = checkComposedRequest(compose({ issuer: 'login.example.com' }));

    expect(check.problems).toEqual([expect.objectContaining({ field: 'issuer', severity: 'blocking' })]);
    expect(check.canStart).toBe(false);
  });

  it('blocks a plain-http issuer away from localhost', () => {
    const [problem] = problemsOf(compose({ issuer: 'http://login.example.com' }), 'issuer');

    expect(problem).toMatchObject({ severity: 'blocking' });
    expect(problem?.message).toContain('https');
  });

  it('blocks an issuer with a query or a fragment', () => {
    expect(problemsOf(compose({ issuer: 'https://login.example.com?tenant=1' }), 'issuer')).toHaveLength(1);
    expect(problemsOf(compose({ issuer: 'https://login.example.com#x' }), 'issuer')).toHaveLength(1);
  });

  it('blocks an empty client ID', () => {
    const check = checkComposedRequest(compose({ clientId: '   ' }));

    expect(check.problems).toEqual([expect.objectContaining({ field: 'clientId', severity: 'blocking' })]);
    expect(check.canStart).toBe(false);
  });

  it('blocks a request with no scope at all', () => {
    const check = checkComposedRequest(compose({ standardScopes: [], customScopes: '' }));

    expect(check.problems).toEqual([expect.objectContaining({ field: 'scopes', severity: 'blocking' })]);
  });

  it('lets a client credentials request name no scope (RFC 6749 §4.4.2: scope is optional)', () => {
    const check = checkComposedRequest(compose({ standardScopes: [], customScopes: '', protocols: { par: false, dpop: false, fragment: false, clientCredentials: true } }));

    expect(check.problems.filter((p) => p.severity === 'blocking')).toEqual([]);
  });

  it('lets a plain OAuth 2.0 request (no openid) start, with a notice of what happens without it', () => {
    const check = checkComposedRequest(compose({ standardScopes: ['email'] }));

    expect(check.problems).toEqual([expect.objectContaining({ field: 'scopes', severity: 'warning' })]);
    expect(check.problems[0]?.message).toContain('no id_token');
    expect(check.problems[0]?.message).toContain('OIDC Core §5.3');
    expect(check.canStart).toBe(true);
  });

  it('does not call a client credentials request without openid plain OAuth 2.0: no sign-in is made at all (RFC 6749 §4.4)', () => {
    const check = checkComposedRequest(compose({ standardScopes: [], customScopes: 'api:read', protocols: { par: false, dpop: false, fragment: false, clientCredentials: true } }));

    expect(check.problems).toEqual([]);
  });

  it('blocks an issuer URL with a space in it', () => {
    const [problem] = problemsOf(compose({ issuer: 'https://login.example.com/my tenant' }), 'issuer');

    expect(problem).toMatchObject({ severity: 'blocking', message: expect.stringContaining('space') });
  });

  it('asks for the issuer, without calling it wrong, before anything is typed', () => {
    const [problem] = problemsOf(compose({ issuer: 'https://' }), 'issuer');

    expect(problem).toMatchObject({ severity: 'blocking', awaitingInput: true });
    expect(problemsOf(compose({ issuer: 'https://x y' }), 'issuer')[0]?.awaitingInput).toBeUndefined();
  });

  it('blocks a prompt outside the allowed values, and follows prompt_values_supported when known', () => {
    expect(problemsOf(compose({ prompt: 'nonee' }), 'prompt')).toHaveLength(1);
    expect(problemsOf(compose({ prompt: 'none login' }), 'prompt')).toHaveLength(1);
    expect(problemsOf(compose({ prompt: 'consent' }), 'prompt')).toEqual([]);
    expect(checkComposedRequest(compose({ prompt: 'consent' }), { promptValuesSupported: ['none', 'login'] }).canStart).toBe(false);
  });

  it('blocks a mock clock that has a date but no time', () => {
    const [problem] = problemsOf(compose({ mock: { ...DEFAULT_MOCK_SETTINGS, clock: '2026-01-15' } }), 'mockClock');

    expect(problem?.message).toContain('has no time');
  });

  it('places a mock user JSON error at its real line and column, worded like the claims editor', () => {
    const userText = '{\n  "uuid": "u",\n  "givenName": \n}';
    const [problem] = problemsOf(compose({ mock: { ...DEFAULT_MOCK_SETTINGS, userText } }), 'mockUser');

    expect(problem?.message).toMatch(/^Mock user profile, line 4, column 1: Not valid JSON: /);
    expect(problem?.message).not.toContain('position');
  });

  it('places a login policy error at the member that is wrong', () => {
    const loginPolicyText = '{\n  "customClaims": {\n    "id_token": {"x": "GivenName"}\n  }\n}';
    const [problem] = problemsOf(compose({ mock: { ...DEFAULT_MOCK_SETTINGS, loginPolicyText } }), 'mockPolicy');

    expect(problem?.message).toMatch(/^Login policy, line 3, column 18: .*"givenName"/);
  });

  it('blocks claims JSON that does not parse, naming line and column', () => {
    const check = checkComposedRequest(compose({ claimsText: '{\n  "userinfo": {"email": }\n}' }));

    const [problem] = check.problems;
    expect(problem).toMatchObject({ field: 'claims', severity: 'blocking' });
    expect(problem?.message).toContain('line 2, column 25');
    expect(check.canStart).toBe(false);
  });

  it('passes on a claims warning with its position, without blocking', () => {
    const check = checkComposedRequest(compose({ claimsText: '{"userinfo": {"Gender": null}}' }));

    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatchObject({ field: 'claims', severity: 'warning' });
    expect(check.problems[0]?.message).toMatch(/^Line 1, column 15: .*"gender"/);
    expect(check.canStart).toBe(true);
  });

  it('blocks a max_age that is not a whole number of seconds', () => {
    expect(problemsOf(compose({ maxAge: 'an hour' }), 'maxAge')).toHaveLength(1);
    expect(problemsOf(compose({ maxAge: '-5' }), 'maxAge')).toHaveLength(1);
    expect(problemsOf(compose({ maxAge: ' 3600 ' }), 'maxAge')).toEqual([]);
  });

  it('blocks an invalid mock user profile when the issuer is the mock', () => {
    const request = compose({ mock: { ...DEFAULT_MOCK_SETTINGS, userText: '{"uuid": "u", "GivenName": "Karim"}' } });

    const [problem] = problemsOf(request, 'mockUser');

    expect(problem).toMatchObject({ severity: 'blocking' });
    expect(problem?.message).toContain('"givenName"');
  });

  it('ignores the mock user profile when a real issuer is used', () => {
    const request = compose({
      issuer: 'https://login.example.com',
      mock: { ...DEFAULT_MOCK_SETTINGS, userText: 'not json' },
    });

    expect(problemsOf(request, 'mockUser')).toEqual([]);
  });
});

describe('input limits, said at the field', () => {
  it('refuses a claims request over the limit without parsing it', () => {
    const check = checkComposedRequest({ ...DEFAULT_REQUEST, claimsText: `{"id_token":{"x":"${'a'.repeat(1_000_000)}"}}` });
    expect(check.canStart).toBe(false);
    expect(check.claims).toMatchObject({ outcome: 'invalid', error: { message: expect.stringContaining('accepts up to 20 kB') } });
  });

  it('refuses more scopes and parameters than the limits', () => {
    const manyScopes = Array.from({ length: 60 }, (_, i) => `s${i}`).join(' ');
    const manyParams = Array.from({ length: 60 }, (_, i) => `p${i}=v`).join('\n');
    const check = checkComposedRequest({ ...DEFAULT_REQUEST, customScopes: manyScopes, customParams: manyParams });
    expect(check.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['scopes', 'customParams']));
    expect(check.canStart).toBe(false);
  });
});

describe('optional authorize fields', () => {
  it('refuses a value over the length limit at its own field, naming the parameter', () => {
    const check = checkComposedRequest({ ...DEFAULT_REQUEST, loginHint: 'x'.repeat(1_000_000) });
    expect(check.problems).toEqual([
      { field: 'loginHint', severity: 'blocking', message: 'login_hint is 1.0 MB; the playground accepts up to 2 kB. Shorten it to continue.' },
    ]);
  });

  it('accepts a long but reasonable value', () => {
    expect(checkComposedRequest({ ...DEFAULT_REQUEST, acrValues: 'urn:x '.repeat(300) }).problems).toEqual([]);
  });
});

import { launchSettings } from '../../testing/launch-settings';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from '../request/composed-request';
import { laneOf, sequenceOf, type SequenceModel } from './flow-sequence';
import type { CompletedRun, FlowRun, RunAction } from './flow-run';
import type { HttpExchange } from './http-exchange';
import { sequenceGroupText, sequenceLaneText, sequenceResponseText } from '../messages';

const OP = 'https://op.example';
const DISCOVERY = {
  issuer: OP,
  authorization_endpoint: `${OP}/authorize`,
  token_endpoint: `${OP}/token`,
  userinfo_endpoint: `${OP}/me`,
  jwks_uri: `${OP}/keys`,
  introspection_endpoint: `${OP}/introspect`,
  revocation_endpoint: `${OP}/revoke`,
  end_session_endpoint: `${OP}/logout`,
};
const CODE = 'SplxlOBeZQQYbYS6WxSbIA';
const ACCESS_TOKEN = 'access-token-0123456789';

function exchange(method: string, url: string, status: number | undefined, extra: Partial<HttpExchange> = {}): HttpExchange {
  return { method, url, requestHeaders: {}, requestBody: undefined, responseHeaders: {}, status, responseText: '{}', failure: undefined, ...extra };
}

const discoveryCall = exchange('GET', `${OP}/.well-known/openid-configuration`, 200);
const tokenCall = exchange('POST', `${OP}/token`, 200, {
  requestBody: `grant_type=authorization_code&code=${CODE}`,
  responseText: JSON.stringify({ access_token: ACCESS_TOKEN, token_type: 'Bearer' }),
});
const userinfoCall = exchange('GET', `${OP}/me`, 200, { requestHeaders: { authorization: `Bearer ${ACCESS_TOKEN}` } });
const jwksCall = exchange('GET', `${OP}/keys`, 200);
const refreshCall = exchange('POST', `${OP}/token`, 200, { requestBody: 'grant_type=refresh_token&refresh_token=refresh-token-abcdefgh' });

function run(overrides: Partial<CompletedRun> = {}): CompletedRun {
  return {
    id: 'run-1',
    startedAt: '2026-01-15T09:30:00.000Z',
    request: DEFAULT_REQUEST,
    settings: launchSettings(DEFAULT_REQUEST),
    issuer: OP,
    redirectUri: 'https://app.example/callback',
    requestedScopes: ['openid'],
    authorizeUrl: `${OP}/authorize?client_id=playground&scope=openid&state=s1`,
    nonce: 'n-1',
    discovery: DISCOVERY,
    startExchanges: [discoveryCall],
    callbackUrl: `https://app.example/callback?code=${CODE}&state=s1`,
    outcome: 'completed',
    tokenResponse: { access_token: ACCESS_TOKEN },
    userinfo: {},
    scopesSupported: undefined,
    signature: { status: 'valid', detail: 'Verified.' },
    checks: [],
    exchanges: [tokenCall, userinfoCall, jwksCall],
    ...overrides,
  };
}

const arrows = (model: SequenceModel) =>
  model.groups.flatMap((g) => g.steps.map((s) => `${g.action} #${s.number} ${s.request.method} ${s.request.path} client→${s.request.to} | ${s.response.from}→${s.response.to} ${s.response.outcome}`));

describe('the sequence diagram of a run', () => {
  it('draws each exchange as a request to its endpoint lane and a response back, discovery once, in the order sent', () => {
    const model = sequenceOf(run(), { masked: true });
    expect(model.lanes).toEqual(['client', 'discovery', 'authorize', 'token', 'userinfo', 'jwks']);
    expect(arrows(model)).toEqual([
      'sign-in #1 GET /.well-known/openid-configuration client→discovery | discovery→client answered',
      'sign-in #2 GET /authorize client→authorize | authorize→client redirect',
      'sign-in #3 POST /token client→token | token→client answered',
      'sign-in #4 GET /me client→userinfo | userinfo→client answered',
      'sign-in #5 GET /keys client→jwks | jwks→client answered',
    ]);
  });

  it('keeps the order of sending for calls made in parallel (the JWKS sent before userinfo stays first)', () => {
    const model = sequenceOf(run({ exchanges: [tokenCall, jwksCall, userinfoCall] }), { masked: true });
    expect(model.groups[0]!.steps.map((s) => s.request.to)).toEqual(['discovery', 'authorize', 'token', 'jwks', 'userinfo']);
    expect(model.lanes).toEqual(['client', 'discovery', 'authorize', 'token', 'jwks', 'userinfo']);
  });

  it('answers the authorize navigation with a 302 response from the provider to the browser, not a request', () => {
    const [, authorize] = sequenceOf(run(), { masked: true }).groups[0]!.steps;
    expect(authorize!.request).toMatchObject({ from: 'client', to: 'authorize', navigation: true });
    expect(authorize!.response).toEqual({ outcome: 'redirect', from: 'authorize', to: 'client', status: 302, error: undefined, failed: false });
    expect(sequenceResponseText(authorize!.response)).toBe('302 Found → callback with the code');
    expect(authorize!.responseText).toMatch(/^302 Found\nLocation: https:\/\/app\.example\/callback\?code=/);
  });

  it('marks an error redirect and a call that got no answer as failed', () => {
    const model = sequenceOf(
      run({ callbackUrl: 'https://app.example/callback?error=access_denied&state=s1', exchanges: [exchange('POST', `${OP}/token`, undefined, { failure: 'TypeError: Failed to fetch', responseText: undefined })] }),
      { masked: true },
    );
    const [, authorize, token] = model.groups[0]!.steps;
    expect(authorize!.response).toMatchObject({ outcome: 'redirect', error: 'access_denied', failed: true });
    expect(sequenceResponseText(authorize!.response)).toBe('302 Found → callback with error=access_denied');
    expect(token!.response).toEqual({ outcome: 'no-answer', from: 'token', to: 'client', failed: true });
    expect(token!.responseText).toBe('No answer: TypeError: Failed to fetch');
  });

  it('labels a 4xx answer with its status and a refused call as refused', () => {
    const model = sequenceOf(
      run({ exchanges: [exchange('POST', `${OP}/token`, 400), exchange('GET', 'http://evil.example/me', undefined, { refusal: 'not https', responseText: undefined })] }),
      { masked: true },
    );
    const [, , token, refused] = model.groups[0]!.steps;
    expect(token!.failed).toBe(true);
    expect(sequenceResponseText(token!.response)).toBe('400 Bad Request');
    expect(refused!.response).toMatchObject({ outcome: 'refused', failed: true });
    expect(refused!.responseText).toBe('Refused by the playground: not https');
  });

  it('groups the calls of each later action under that action, numbering on from the sign-in', () => {
    const actions: RunAction[] = [
      { kind: 'refresh', exchanges: [refreshCall, jwksCall] },
      { kind: 'introspect', exchanges: [exchange('POST', `${OP}/introspect`, 200)] },
      { kind: 'refresh', exchanges: [refreshCall] },
      { kind: 'revoke', exchanges: [exchange('POST', `${OP}/revoke`, 200)] },
      { kind: 'sign-out', exchanges: [], navigation: `${OP}/logout?id_token_hint=eyJhbGciOiJFUzI1NiJ9.e30.c2ln&state=x` },
    ];
    const model = sequenceOf(run({ actions }), { masked: true });
    expect(model.groups.map((g) => sequenceGroupText(g))).toEqual(['Sign in', 'Refresh tokens', 'Introspect', 'Refresh tokens (2)', 'Revoke', 'Sign out']);
    expect(arrows(model).slice(5)).toEqual([
      'refresh #6 POST /token client→token | token→client answered',
      'refresh #7 GET /keys client→jwks | jwks→client answered',
      'introspect #8 POST /introspect client→introspection | introspection→client answered',
      'refresh #9 POST /token client→token | token→client answered',
      'revoke #10 POST /revoke client→revocation | revocation→client answered',
      'sign-out #11 GET /logout client→end-session | end-session→client not-observed',
    ]);
    // The refresh's token call sits under "Refresh tokens", not beside the sign-in's.
    expect(model.groups[1]!.steps[0]!.requestText).toContain('grant_type=refresh_token');
    expect(model.groups[0]!.steps.map((s) => s.requestText).join()).not.toContain('grant_type=refresh_token');
    expect(model.lanes).toEqual(['client', 'discovery', 'authorize', 'token', 'userinfo', 'jwks', 'introspection', 'revocation', 'end-session']);
    expect(model.groups.at(-1)!.steps[0]!.requestText).not.toContain('eyJhbGciOiJFUzI1NiJ9.e30.c2ln');
  });

  it('masks credentials by the one rule unless revealed, and keeps queries off the arrows', () => {
    const masked = sequenceOf(run(), { masked: true });
    const text = masked.groups.flatMap((g) => g.steps.map((s) => `${s.requestText}\n${s.responseText}`)).join('\n');
    expect(text).not.toContain(CODE);
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).toContain(`${ACCESS_TOKEN.slice(0, 6)}…(${ACCESS_TOKEN.length} chars)`);
    expect(masked.groups[0]!.steps.map((s) => s.request.path).join()).not.toContain('?');
    const revealed = sequenceOf(run(), { masked: false });
    const clear = revealed.groups.flatMap((g) => g.steps.map((s) => `${s.requestText}\n${s.responseText}`)).join('\n');
    expect(clear).toContain(CODE);
    expect(clear).toContain(ACCESS_TOKEN);
  });

  it('draws a failed run up to where it stopped, with no later actions', () => {
    const failed: FlowRun = { ...run(), outcome: 'failed', failure: { error: 'invalid_grant', description: 'x', stage: 'token' }, exchanges: [exchange('POST', `${OP}/token`, 400)] };
    const model = sequenceOf(failed, { masked: true });
    expect(model.groups.map((g) => g.action)).toEqual(['sign-in']);
    expect(model.groups[0]!.steps.at(-1)!.failed).toBe(true);
  });

  it('draws an authorize request whose answer never came back as not observed', () => {
    const model = sequenceOf(run({ callbackUrl: undefined, exchanges: [] }), { masked: true });
    expect(model.groups[0]!.steps.at(-1)!.response).toMatchObject({ outcome: 'not-observed', from: 'authorize' });
  });
});

describe('the lane of a URL', () => {
  it('is the endpoint the discovery document names, else what the path says', () => {
    expect(laneOf(`${OP}/token?x=1`, DISCOVERY)).toBe('token');
    expect(laneOf(`${OP}/logout`, DISCOVERY)).toBe('end-session');
    expect(laneOf('https://other.example/oauth2/userinfo', undefined)).toBe('userinfo');
    expect(laneOf('https://other.example/.well-known/openid-configuration', undefined)).toBe('discovery');
    expect(laneOf('https://other.example/something', undefined)).toBe('other');
    expect(sequenceLaneText('client')).toBe('Browser / app');
  });
});

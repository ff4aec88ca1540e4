import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import type { HttpExchange } from '../flow/http-exchange';
import type { FlowRun } from '../flow/flow-run';
import { DEFAULT_REQUEST } from '../request/composed-request';
import { runSettingsOf } from '../flow/run-settings';
import { observeRun } from './observe-run';

const read = runSettingsOf(DEFAULT_REQUEST);
const pending = {
  id: 'state-1',
  startedAt: '2026-01-15T09:30:00.000Z',
  request: DEFAULT_REQUEST,
  settings: read.outcome === 'ready' ? read.settings : {},
  issuer: 'https://op.test',
  redirectUri: 'https://op.test/callback',
  requestedScopes: ['openid', 'email'],
  authorizeUrl: 'https://op.test/authorize',
  nonce: 'n',
  discovery: { issuer: 'https://op.test', scopes_supported: ['openid', 'email'] },
} as const;

describe('observeRun', () => {
  it('keeps a failed run’s error and nothing else', () => {
    const run = { ...pending, outcome: 'failed', failure: { error: 'login_required', description: 'No session.', stage: 'authorize' }, exchanges: [] } as unknown as FlowRun;
    expect(observeRun(run)).toMatchObject({ scopes: [], claims: [], error: 'login_required', errorDescription: 'No session.', refreshTokenIssued: false });
  });

  it('reads a completed run through the results screen’s scope and claim explanations', () => {
    const run = {
      ...pending,
      outcome: 'completed',
      tokenResponse: { access_token: 'a', scope: 'openid email', refresh_token: 'r' },
      userinfo: { sub: 'u', email: 'a@b.c' },
      scopesSupported: ['openid', 'email'],
      signature: { status: 'valid', detail: '' },
      checks: [],
      exchanges: [],
    } as unknown as FlowRun;
    const observed = observeRun(run);
    expect(observed.scopes.map((v) => [v.scope, v.outcome])).toEqual([['openid', 'granted'], ['email', 'granted']]);
    expect(observed.claims).toContainEqual(expect.objectContaining({ claim: 'email', target: 'userinfo', outcome: 'delivered', source: 'scope' }));
    expect(observed.refreshTokenIssued).toBe(true);
    expect(observed.discovery.scopes_supported).toEqual(['openid', 'email']);
  });

  const token = (header: object, payload: object) => `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}.c2ln`;
  const call = (status: number, body: object, dpop: boolean): HttpExchange => ({
    method: 'POST',
    url: 'https://op.test/token',
    requestHeaders: dpop ? { DPoP: 'proof' } : {},
    requestBody: 'grant_type=authorization_code',
    responseHeaders: {},
    status,
    responseText: JSON.stringify(body),
    failure: undefined,
  });
  const completed = (overrides: object) => ({
    ...pending,
    outcome: 'completed',
    tokenResponse: { access_token: 'opaque-token-1234', token_type: 'Bearer', scope: 'openid email' },
    userinfo: { sub: 'u' },
    scopesSupported: ['openid', 'email'],
    signature: { status: 'valid', detail: '' },
    checks: [],
    exchanges: [],
    ...overrides,
  }) as unknown as FlowRun;

  it('reads where the authorization response arrived and its iss from the callback URL, not from the switches', () => {
    const run = completed({ callbackUrl: 'https://op.test/callback#code=c&state=s&iss=https%3A%2F%2Fop.test' });
    expect(observeRun(run).authorizationResponse).toEqual({ arrivedIn: 'fragment', iss: 'https://op.test' });
    expect(observeRun(completed({ callbackUrl: 'https://op.test/callback?code=c&state=s' })).authorizationResponse).toEqual({ arrivedIn: 'query', iss: undefined });
    expect(observeRun(completed({})).authorizationResponse).toBeUndefined();
  });

  it('reads an opaque access token as opaque, and a JWT access token through the results screen’s facts', () => {
    expect(observeRun(completed({})).accessToken).toEqual({ token: 'opaque' });
    const jwt = token({ alg: 'RS256', typ: 'at+jwt' }, { aud: 'https://op.test', scope: 'openid email', client_id: 'playground', sub: 'u', cnf: { jkt: 'thumb' } });
    const observed = observeRun(completed({ tokenResponse: { access_token: jwt, token_type: 'DPoP', scope: 'openid email' } }));
    expect(observed.tokenType).toBe('DPoP');
    expect(observed.accessToken).toEqual({ token: 'jwt', facts: expect.arrayContaining([{ code: 'typ-at-jwt' }, { code: 'cnf-jkt', jkt: 'thumb' }, { code: 'aud-resource', audiences: ['https://op.test'] }]) });
  });

  it('sees the DPoP proof and the use_dpop_nonce retry in the recorded token calls', () => {
    const retried = completed({ exchanges: [call(400, { error: 'use_dpop_nonce' }, true), call(200, { access_token: 'a', token_type: 'DPoP' }, true)] });
    expect(observeRun(retried).dpop).toEqual({ proofSent: true, nonceRetry: true });
    expect(observeRun(completed({ exchanges: [call(200, { access_token: 'a', token_type: 'DPoP' }, true)] })).dpop).toEqual({ proofSent: true, nonceRetry: false });
    expect(observeRun(completed({ exchanges: [call(200, { access_token: 'a', token_type: 'Bearer' }, false)] })).dpop).toEqual({ proofSent: false, nonceRetry: false });
  });
});

import { describe, expect, it } from 'vitest';
import { stageOfCancelledCall, waitProgress, waitStepOf, type CallInFlight } from './wait-progress';

const call = (url: string, sentAt: number, body?: string): CallInFlight => ({ method: body ? 'POST' : 'GET', url, body, sentAt });
const ISSUER = 'https://op.example/mock-op';

describe('waitProgress', () => {
  it('says nothing with no call in flight, or before 300 ms', () => {
    expect(waitProgress([], 5_000)).toEqual({ outcome: 'idle' });
    expect(waitProgress([call(`${ISSUER}/token`, 1_000, 'grant_type=authorization_code')], 1_299)).toEqual({ outcome: 'idle' });
  });

  it('names the oldest open call once it has waited 300 ms', () => {
    const calls = [call(`${ISSUER}/userinfo`, 2_000), call(`${ISSUER}/jwks`, 1_900)];
    expect(waitProgress(calls, 2_300)).toEqual({ outcome: 'waiting', step: 'verification', url: `${ISSUER}/jwks`, elapsedMs: 400, slow: false });
  });

  it('calls the provider slow from 10 s on', () => {
    expect(waitProgress([call(`${ISSUER}/jwks`, 0)], 9_999)).toMatchObject({ slow: false });
    expect(waitProgress([call(`${ISSUER}/jwks`, 0)], 10_000)).toMatchObject({ slow: true, elapsedMs: 10_000 });
  });
});

describe('waitStepOf', () => {
  it('tells a refresh from a code exchange by grant_type', () => {
    expect(waitStepOf({ url: `${ISSUER}/token`, body: 'grant_type=authorization_code&code=x' })).toBe('code-exchange');
    expect(waitStepOf({ url: `${ISSUER}/token`, body: 'grant_type=refresh_token&refresh_token=x' })).toBe('refresh');
  });

  it('names each endpoint', () => {
    expect(waitStepOf({ url: `${ISSUER}/.well-known/openid-configuration`, body: undefined })).toBe('discovery');
    expect(waitStepOf({ url: `${ISSUER}/userinfo`, body: undefined })).toBe('userinfo');
    expect(waitStepOf({ url: `${ISSUER}/jwks`, body: undefined })).toBe('verification');
    expect(waitStepOf({ url: `${ISSUER}/token/introspect`, body: 'token=x' })).toBe('introspection');
    expect(waitStepOf({ url: `${ISSUER}/revoke`, body: 'token=x' })).toBe('provider-call');
  });
});

describe('stageOfCancelledCall', () => {
  it('puts a cancelled JWKS call at verification and a token call at token', () => {
    expect(stageOfCancelledCall(`${ISSUER}/jwks`)).toBe('verification');
    expect(stageOfCancelledCall(`${ISSUER}/token`)).toBe('token');
  });
});

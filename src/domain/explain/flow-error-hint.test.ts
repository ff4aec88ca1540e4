import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, DEFAULT_MOCK_SETTINGS } from '../request/composed-request';
import type { FlowError, FlowRun } from '../flow/flow-run';
import { flowErrorHintOf } from './flow-error-hint';

const REFUSED: FlowError = { error: 'invalid_request', description: 'push it', stage: 'authorize' };

function run(options: { requirePar: boolean; issuer?: string; discoverySays?: boolean; authorizeUrl?: string }): FlowRun {
  return {
    id: 'r',
    startedAt: '2026-01-15T09:30:00Z',
    request: { ...DEFAULT_REQUEST, issuer: options.issuer ?? DEFAULT_REQUEST.issuer, mock: { ...DEFAULT_MOCK_SETTINGS, protocols: { requirePar: options.requirePar, jwtAccessTokens: false } } },
    issuer: 'https://op.example',
    redirectUri: 'https://app.example/callback',
    requestedScopes: ['openid'],
    authorizeUrl: options.authorizeUrl ?? 'https://op.example/authorize?client_id=playground&scope=openid',
    nonce: 'n',
    discovery: { issuer: 'https://op.example', ...(options.discoverySays ? { require_pushed_authorization_requests: true } : {}) },
    outcome: 'failed',
    failure: REFUSED,
    exchanges: [],
  } as unknown as FlowRun;
}

describe('flowErrorHintOf: who required pushed requests (RFC 9126 §5, §6)', () => {
  it('names the mock’s registration of the client when its require-PAR setting was on and discovery said nothing', () => {
    expect(flowErrorHintOf(run({ requirePar: true }), REFUSED)).toEqual({ code: 'par-required', by: 'mock-client-metadata' });
  });

  it('names discovery when it says every client must push', () => {
    expect(flowErrorHintOf(run({ requirePar: false, issuer: 'https://op.example', discoverySays: true }), REFUSED)).toEqual({ code: 'par-required', by: 'discovery' });
  });

  it('does not read the mock setting into a real provider’s refusal, nor into a pushed request’s', () => {
    expect(flowErrorHintOf(run({ requirePar: true, issuer: 'https://op.example' }), REFUSED)).toEqual({ code: 'known-error', error: 'invalid_request' });
    const pushed = run({ requirePar: true, authorizeUrl: 'https://op.example/authorize?client_id=playground&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc' });
    expect(flowErrorHintOf(pushed, REFUSED)).toEqual({ code: 'known-error', error: 'invalid_request' });
  });
});

import { describe, expect, it } from 'vitest';
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
});

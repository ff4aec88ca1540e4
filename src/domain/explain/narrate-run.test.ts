import { describe, expect, it } from 'vitest';
import { UnsecuredJWT } from 'jose';
import { DEFAULT_REQUEST } from '../request/composed-request';
import type { FlowRun } from '../flow/flow-run';
import { narrationText } from '../messages/narration-messages';
import { narrateRun } from './narrate-run';

const ID_TOKEN = new UnsecuredJWT({ sub: 'u-1', name: 'Mina Lee' }).encode();
const BASE = {
  id: 's',
  startedAt: '2026-01-15T09:30:00Z',
  request: { ...DEFAULT_REQUEST, standardScopes: ['openid', 'email', 'address'], claimsText: '{"id_token":{"gender":null}}' },
  issuer: 'https://op.example',
  redirectUri: 'https://app.example/callback',
  requestedScopes: ['openid', 'email', 'address'],
  authorizeUrl: 'https://op.example/authorize?x',
  nonce: 'n',
  discovery: { issuer: 'https://op.example' },
  callbackUrl: 'https://app.example/callback?code=c&state=s',
} as const;

const completed = {
  ...BASE,
  outcome: 'completed',
  tokenResponse: { id_token: ID_TOKEN, access_token: 'a', scope: 'openid email' },
  userinfo: { sub: 'u-1', email: 'mina@example.com' },
  scopesSupported: undefined,
  signature: { status: 'valid', detail: '' },
  checks: [],
  exchanges: [],
} as unknown as FlowRun;

describe('narrateRun', () => {
  it('tells a completed run step by step with its own values', () => {
    expect(narrateRun(completed).map(narrationText)).toEqual([
      'The browser goes to the provider asking for openid email address, and through the claims parameter for gender in the id_token.',
      'The provider asks Mina Lee to sign in.',
      'The provider sends the browser back to the app with a one-time authorization code.',
      'The app exchanges the code for tokens and receives an id_token and an access_token.',
      'The id_token’s signature is checked against the provider’s published keys: it is valid.',
      'The app asks the userinfo endpoint for the user’s claims: 2 come back.',
      'The provider granted openid email, and not address.',
    ]);
  });

  it('ends a failed run where it stopped, after the steps that were answered', () => {
    const failed = {
      ...BASE,
      outcome: 'failed',
      failure: { error: 'cancelled', description: '', stage: 'verification' },
      exchanges: [{ method: 'POST', url: 'https://op.example/token', status: 200, responseText: '{"id_token":"x","access_token":"y"}', requestHeaders: {}, responseHeaders: {}, requestBody: '', failure: undefined }],
    } as unknown as FlowRun;
    expect(narrateRun(failed).map((step) => step.code)).toEqual(['authorize', 'sign-in', 'code-returned', 'token-exchange', 'stopped']);
    expect(narrationText(narrateRun(failed).at(-1)!)).toBe('The flow stopped at the id_token’s verification, with cancelled.');
    expect(narrationText(narrateRun(failed)[1]!)).toBe('The provider asks the user to sign in.');
  });

  it('names the user from given and family name when there is no name, and says "the user" without either', () => {
    const run = { ...completed, tokenResponse: { access_token: 'a' }, userinfo: { given_name: 'Ugo', family_name: 'Verdi' } } as unknown as FlowRun;
    expect(narrateRun(run)[1]).toEqual({ code: 'sign-in', user: 'Ugo Verdi' });
    const anonymous = { ...completed, tokenResponse: { access_token: 'a' }, userinfo: { sub: 'x' } } as unknown as FlowRun;
    expect(narrateRun(anonymous)[1]).toEqual({ code: 'sign-in', user: undefined });
  });
});

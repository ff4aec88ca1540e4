import { describe, expect, it } from 'vitest';
import { isReturnToApp, keepableRunSoFar, reviveRunSoFar, type RunSoFar } from './run-so-far';
import type { HttpExchange } from './http-exchange';

const APP = 'https://app.example/callback';
function call(url: string, responseText = '{}'): HttpExchange {
  return { method: 'GET', url, requestHeaders: {}, requestBody: undefined, responseHeaders: {}, status: 200, responseText, failure: undefined };
}
const RUN: RunSoFar = {
  id: 'st',
  requestedScopes: ['openid', 'email'],
  claimsText: '',
  redirectUri: APP,
  discovery: { issuer: 'https://op.example' } as RunSoFar['discovery'],
  events: [
    { kind: 'call', exchange: call('https://op.example/.well-known/openid-configuration'), answered: true },
    { kind: 'redirect', url: 'https://op.example/authorize?state=st' },
    { kind: 'sign-in', user: 'Mina Lee' },
    { kind: 'redirect', url: `${APP}?code=c&state=st` },
    { kind: 'call', exchange: call('https://op.example/token', '{"id_token":"eyJ.x.y","access_token":"secret-token"}'), answered: true },
  ],
};

describe('isReturnToApp', () => {
  it('tells the redirect back to the redirect URI from one to the provider, whatever the query', () => {
    expect(isReturnToApp(RUN, `${APP}?error=access_denied`)).toBe(true);
    expect(isReturnToApp(RUN, 'https://op.example/authorize?redirect_uri=https://app.example/callback')).toBe(false);
    expect(isReturnToApp(RUN, 'https://app.example/callback/other')).toBe(false);
    expect(isReturnToApp(RUN, 'not a url')).toBe(false);
  });
});

describe('keepableRunSoFar', () => {
  it('keeps the events up to the return to the app and drops the calls after it, which carry tokens', () => {
    const kept = keepableRunSoFar(RUN);
    expect(kept.events.map((e) => e.kind)).toEqual(['call', 'redirect', 'sign-in', 'redirect']);
    expect(JSON.stringify(kept)).not.toContain('secret-token');
  });

  it('keeps a run that has not come back yet as it is', () => {
    const atProvider = { ...RUN, events: RUN.events.slice(0, 3) };
    expect(keepableRunSoFar(atProvider)).toEqual(atProvider);
  });
});

describe('reviveRunSoFar', () => {
  it('reads back what was kept', () => {
    const kept = keepableRunSoFar(RUN);
    expect(reviveRunSoFar(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
  });

  it('drops a record with a malformed field rather than trusting half of it', () => {
    expect(reviveRunSoFar({ ...RUN, events: [{ kind: 'redirect', url: 42 }] })).toBeUndefined();
    expect(reviveRunSoFar({ ...RUN, requestedScopes: 'openid' })).toBeUndefined();
    expect(reviveRunSoFar({ ...RUN, id: undefined })).toBeUndefined();
    expect(reviveRunSoFar('{}')).toBeUndefined();
  });
});

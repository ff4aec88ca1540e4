import { describe, expect, it } from 'vitest';
import { sequenceSoFar } from './sequence-so-far';
import type { RunSoFar } from './run-so-far';
import type { HttpExchange } from './http-exchange';
import { sequenceResponseText } from '../messages';

const OP = 'https://op.example';
const APP = 'https://app.example/callback';
const DISCOVERY = { issuer: OP, authorization_endpoint: `${OP}/authorize`, token_endpoint: `${OP}/token`, userinfo_endpoint: `${OP}/me`, jwks_uri: `${OP}/keys` };
function call(method: string, url: string, status: number | undefined = 200): HttpExchange {
  return { method, url, requestHeaders: {}, requestBody: undefined, responseHeaders: {}, status, responseText: '{}', failure: undefined };
}
function run(events: RunSoFar['events']): RunSoFar {
  return { id: 'st', requestedScopes: ['openid'], claimsText: '', redirectUri: APP, discovery: DISCOVERY, events };
}
const discovered = { kind: 'call', exchange: call('GET', `${OP}/.well-known/openid-configuration`), answered: true } as const;
const AUTHORIZE = `${OP}/authorize?client_id=c&state=st`;
const CALLBACK = `${APP}?code=SplxlOBeZQQYbYS6WxSbIA&state=st`;

function arrows(model: ReturnType<typeof sequenceSoFar>['model']): string[] {
  return model.groups.flatMap((g) => g.steps).map((s) => `${s.number}. ${s.request.method} ${s.request.path} → ${s.request.to}: ${sequenceResponseText(s.response)}`);
}

describe('sequenceSoFar', () => {
  it('draws nothing before the first step, and the held discovery call as paused', () => {
    expect(sequenceSoFar(run([]), undefined, { masked: true }).model.groups).toEqual([]);
    const { model, heldNumber } = sequenceSoFar(run([]), { kind: 'call', method: 'GET', url: `${OP}/.well-known/openid-configuration` }, { masked: true });
    expect(arrows(model)).toEqual(['1. GET /.well-known/openid-configuration → discovery: paused here: not sent yet']);
    expect(heldNumber).toBe(1);
  });

  it('fills in step by step: the held authorize redirect, then the provider waiting, then its redirect back', () => {
    const held = sequenceSoFar(run([discovered]), { kind: 'redirect', method: 'GET', url: AUTHORIZE }, { masked: true });
    expect(arrows(held.model)).toEqual(['1. GET /.well-known/openid-configuration → discovery: 200 OK', '2. GET /authorize → authorize: paused here: not sent yet']);
    expect(held.model.lanes).toEqual(['client', 'discovery', 'authorize']);

    const atProvider = sequenceSoFar(run([discovered, { kind: 'redirect', url: AUTHORIZE }, { kind: 'sign-in', user: 'Mina Lee' }]), undefined, { masked: true });
    expect(arrows(atProvider.model)[1]).toBe('2. GET /authorize → authorize: waiting for the answer…');

    // Paused before the browser follows the provider's redirect back: the authorize step is the one held.
    const back = sequenceSoFar(run([discovered, { kind: 'redirect', url: AUTHORIZE }]), { kind: 'redirect', method: 'GET', url: CALLBACK }, { masked: true });
    expect(arrows(back.model)).toEqual(['1. GET /.well-known/openid-configuration → discovery: 200 OK', '2. GET /authorize → authorize: 302 Found → callback with the code']);
    expect(back.heldNumber).toBe(2);
    // The code is masked in the raw text, as everywhere it is shown.
    expect(back.model.groups[0]!.steps[1]!.responseText).not.toContain('SplxlOBeZQQYbYS6WxSbIA');
  });

  it('shows a call waiting for its answer, then answered, and an error sent back as a failed redirect', () => {
    const token = call('POST', `${OP}/token`, undefined);
    const events = [discovered, { kind: 'redirect', url: AUTHORIZE }, { kind: 'redirect', url: CALLBACK }] as const;
    const waiting = sequenceSoFar(run([...events, { kind: 'call', exchange: token, answered: false }]), { kind: 'call', method: 'GET', url: `${OP}/me` }, { masked: true });
    expect(arrows(waiting.model).slice(2)).toEqual(['3. POST /token → token: waiting for the answer…', '4. GET /me → userinfo: paused here: not sent yet']);
    const answered = sequenceSoFar(run([...events, { kind: 'call', exchange: call('POST', `${OP}/token`), answered: true }]), undefined, { masked: true });
    expect(arrows(answered.model)[2]).toBe('3. POST /token → token: 200 OK');
    expect(answered.heldNumber).toBeUndefined();

    const denied = sequenceSoFar(run([discovered, { kind: 'redirect', url: AUTHORIZE }, { kind: 'redirect', url: `${APP}?error=access_denied&state=st` }]), undefined, { masked: true });
    expect(arrows(denied.model)[1]).toBe('2. GET /authorize → authorize: 302 Found → callback with error=access_denied');
    expect(denied.model.groups[0]!.steps[1]!.failed).toBe(true);
  });
});

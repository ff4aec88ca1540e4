import { describe, expect, it } from 'vitest';
import { narrateRunSoFar } from './narrate-run-so-far';
import type { RunSoFar } from '../flow/run-so-far';
import type { HttpExchange } from '../flow/http-exchange';
import { narrationText } from '../messages/narration-messages';

const OP = 'https://op.example';
const APP = 'https://app.example/callback';
const DISCOVERY = { issuer: OP, authorization_endpoint: `${OP}/authorize`, token_endpoint: `${OP}/token`, userinfo_endpoint: `${OP}/me`, jwks_uri: `${OP}/keys` };
function call(method: string, url: string, responseText = '{}'): HttpExchange {
  return { method, url, requestHeaders: {}, requestBody: undefined, responseHeaders: {}, status: 200, responseText, failure: undefined };
}
const RUN: RunSoFar = {
  id: 'st',
  requestedScopes: ['openid', 'email'],
  claimsText: '{"userinfo":{"gender":null}}',
  redirectUri: APP,
  discovery: DISCOVERY,
  events: [],
};
const at = (...events: RunSoFar['events']) => ({ ...RUN, events });
const discovered = { kind: 'call', exchange: call('GET', `${OP}/.well-known/openid-configuration`), answered: true } as const;
const toProvider = { kind: 'redirect', url: `${OP}/authorize?state=st` } as const;
const signIn = { kind: 'sign-in', user: 'Mina Lee' } as const;
const back = { kind: 'redirect', url: `${APP}?code=c&state=st` } as const;
const caption = (run: RunSoFar, held?: Parameters<typeof narrateRunSoFar>[1]) => narrationText(narrateRunSoFar(run, held).at(-1)!);

describe('narrateRunSoFar', () => {
  it('tells each step as it happens, with this run’s values as far as they are known', () => {
    expect(caption(at(discovered))).toBe(`The app reads the provider’s discovery document at ${OP}/.well-known/openid-configuration, which names its endpoints and keys.`);
    expect(caption(at(discovered, toProvider))).toBe('The browser goes to the provider asking for openid email, and through the claims parameter for gender at userinfo.');
    expect(caption(at(discovered, toProvider, signIn))).toBe('The provider asks Mina Lee to sign in.');
    expect(caption(at(discovered, toProvider, signIn, back))).toBe('The provider sends the browser back to the app with a one-time authorization code.');
    const token = call('POST', `${OP}/token`, '{"id_token":"h.p.s","access_token":"a","token_type":"Bearer"}');
    expect(caption(at(discovered, toProvider, signIn, back, { kind: 'call', exchange: token, answered: false }))).toBe('The app exchanges the code for tokens.');
    const exchanged = at(discovered, toProvider, signIn, back, { kind: 'call', exchange: token, answered: true });
    expect(caption(exchanged)).toBe('The app exchanges the code for tokens and receives an id_token and an access_token.');
    const userinfo = call('GET', `${OP}/me`, '{"sub":"u","email":"mina@example.com","gender":"female"}');
    expect(caption({ ...exchanged, events: [...exchanged.events, { kind: 'call', exchange: userinfo, answered: false }] })).toBe('The app asks the userinfo endpoint for the user’s claims, with the access token.');
    expect(caption({ ...exchanged, events: [...exchanged.events, { kind: 'call', exchange: userinfo, answered: true }] })).toBe('The app asks the userinfo endpoint for the user’s claims: 3 come back.');
  });

  it('narrates the step step-through holds, before it is sent', () => {
    expect(caption(at(discovered), { kind: 'redirect', method: 'GET', url: `${OP}/authorize?x=1` })).toMatch(/^The browser goes to the provider asking for openid email/);
    expect(caption(at(discovered, toProvider, signIn), { kind: 'redirect', method: 'GET', url: `${APP}?error=access_denied` })).toBe(
      'The provider sends the browser back to the app with error access_denied instead of a code.',
    );
    expect(caption(at(discovered, toProvider, back), { kind: 'call', method: 'GET', url: `${OP}/keys` })).toBe('The app fetches the provider’s published keys to check the id_token’s signature.');
  });

  it('tells a retried call once, and skips calls that are no step of the flow', () => {
    const retried = at(discovered, toProvider, back, { kind: 'call', exchange: call('POST', `${OP}/token`, '{"error":"use_dpop_nonce"}'), answered: true }, { kind: 'call', exchange: call('POST', `${OP}/token`, '{"access_token":"a"}'), answered: true });
    expect(narrateRunSoFar(retried, undefined).map((s) => s.code)).toEqual(['discovery', 'authorize', 'code-returned', 'token-exchange']);
    expect(narrateRunSoFar(at({ kind: 'call', exchange: call('GET', 'https://elsewhere.example/x'), answered: true }), undefined)).toEqual([]);
    expect(narrateRunSoFar(at({ kind: 'sign-in', user: undefined }), undefined).map(narrationText)).toEqual(['The provider asks the user to sign in.']);
  });
});

import { describe, expect, it } from 'vitest';
import { authorizeWireChanges, exchangeWireChanges, wireChangesOf } from './wire-changes';

const PAR = 'https://op.test/par';
const pushedUrl = 'https://op.test/authorize?client_id=playground&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc';

describe('what a switch changed on the wire', () => {
  it('sees a pushed request in a 201 from the PAR endpoint only', () => {
    expect(exchangeWireChanges({ method: 'POST', url: PAR, status: 201 }, PAR)).toEqual(['par-pushed']);
    expect(exchangeWireChanges({ method: 'POST', url: PAR, status: 400 }, PAR)).toEqual([]);
    expect(exchangeWireChanges({ method: 'POST', url: 'https://op.test/token', status: 200 }, PAR)).toEqual([]);
    expect(exchangeWireChanges({ method: 'POST', url: PAR, status: 201 }, undefined)).toEqual([]);
  });

  it('sees the authorize URL shrink to client_id and request_uri (RFC 9126 §4)', () => {
    expect(authorizeWireChanges(pushedUrl, undefined)).toEqual(['par-authorize-url']);
    expect(authorizeWireChanges(`${pushedUrl}&scope=openid`, undefined)).toEqual([]);
    expect(authorizeWireChanges('https://op.test/authorize?client_id=playground&scope=openid', undefined)).toEqual([]);
  });

  it('sees iss in the callback, in the query or the fragment (RFC 9207 §2)', () => {
    expect(authorizeWireChanges('https://op.test/authorize?x=1', 'https://app.test/callback?code=c&iss=https%3A%2F%2Fop.test')).toEqual(['iss-in-callback']);
    expect(authorizeWireChanges('https://op.test/authorize?x=1', 'https://app.test/callback#code=c&iss=x')).toEqual(['response-in-fragment', 'iss-in-callback']);
    expect(authorizeWireChanges('https://op.test/authorize?x=1', 'https://app.test/callback?code=c')).toEqual([]);
  });

  it('sees a DPoP proof, the nonce retry and the bound token (RFC 9449 §4, §8, §5)', () => {
    const token = 'https://op.test/token';
    const proof = { DPoP: 'eyJ…' };
    expect(exchangeWireChanges({ method: 'POST', url: token, status: 400, requestHeaders: proof, responseText: '{"error":"use_dpop_nonce"}' }, PAR)).toEqual(['dpop-proof', 'dpop-nonce-retry']);
    expect(exchangeWireChanges({ method: 'POST', url: token, status: 200, requestHeaders: { dpop: 'x' }, responseText: '{"token_type":"DPoP"}' }, PAR)).toEqual(['dpop-proof', 'dpop-bound-token']);
    expect(exchangeWireChanges({ method: 'POST', url: token, status: 200, requestHeaders: {}, responseText: '{"token_type":"DPoP"}' }, PAR)).toEqual([]);
    expect(exchangeWireChanges({ method: 'GET', url: 'https://op.test/userinfo', status: 200, requestHeaders: { dpop: 'x' }, responseText: 'not json' }, PAR)).toEqual(['dpop-proof']);
  });

  it('sees the response in the fragment (Multiple Response Type Encoding Practices §2.1)', () => {
    expect(authorizeWireChanges('https://op.test/authorize?x=1', 'https://app.test/callback#code=c&state=s')).toEqual(['response-in-fragment']);
    expect(authorizeWireChanges('https://op.test/authorize?x=1', 'https://app.test/callback?code=c&state=s')).toEqual([]);
  });

  it('sees a client credentials request by its grant_type (RFC 6749 §4.4.2)', () => {
    const token = 'https://op.test/token';
    expect(exchangeWireChanges({ method: 'POST', url: token, status: 200, requestBody: 'grant_type=client_credentials&scope=api%3Aread' }, PAR)).toEqual(['client-credentials']);
    expect(exchangeWireChanges({ method: 'POST', url: token, status: 200, requestBody: 'grant_type=authorization_code&code=x' }, PAR)).toEqual([]);
  });

  it('sees introspection name the key an active token is bound to (RFC 9449 §6.2), and nothing for an inactive or unbound one', () => {
    const introspection = 'https://op.test/introspect';
    const answer = (body: object) => ({ method: 'POST', url: introspection, status: 200, requestBody: 'token=x', responseText: JSON.stringify(body) });
    expect(exchangeWireChanges(answer({ active: true, token_type: 'DPoP', cnf: { jkt: 'thumb' } }), PAR)).toEqual(['introspection-cnf']);
    expect(exchangeWireChanges(answer({ active: true, token_type: 'Bearer' }), PAR)).toEqual([]);
    expect(exchangeWireChanges(answer({ active: false, cnf: { jkt: 'thumb' } }), PAR)).toEqual([]);
  });

  it('sees a JWT access token typed at+jwt, and its cnf.jkt (RFC 9068 §2.1, RFC 9449 §6.1)', async () => {
    const { SignJWT } = await import('jose');
    const key = new TextEncoder().encode('a-key-long-enough-for-hs256-signing!!');
    const at = await new SignJWT({ scope: 'api:read' }).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).sign(key);
    const bound = await new SignJWT({ cnf: { jkt: 'abc' } }).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).sign(key);
    const plain = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
    const answer = (token: string) => ({ method: 'POST', url: 'https://op.test/token', status: 200, responseText: JSON.stringify({ access_token: token }) });
    expect(exchangeWireChanges(answer(at), PAR)).toEqual(['jwt-access-token']);
    expect(exchangeWireChanges(answer(bound), PAR)).toEqual(['jwt-access-token', 'jwt-access-token-cnf']);
    expect(exchangeWireChanges(answer(plain), PAR)).toEqual([]);
    expect(exchangeWireChanges(answer('opaque-token-0001'), PAR)).toEqual([]);
  });

  it('lists a run’s changes once each, in the order of the flow', () => {
    const changes = wireChangesOf({
      authorizeUrl: pushedUrl,
      callbackUrl: 'https://app.test/callback?code=c&iss=x',
      parEndpoint: PAR,
      exchanges: [{ method: 'POST', url: PAR, status: 201 }, { method: 'POST', url: PAR, status: 201 }],
    });
    expect(changes).toEqual(['par-pushed', 'par-authorize-url', 'iss-in-callback']);
  });
});

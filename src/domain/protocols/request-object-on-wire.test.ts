import { SignJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodedRequestObjectOf, requestObjectInBody, requestObjectInUrl } from './request-object-on-wire';
import { authorizeWireChanges, exchangeWireChanges } from './wire-changes';

const jwt = await new SignJWT({ iss: 'playground', aud: 'https://op.test', claims: { id_token: { gender: null } } })
  .setProtectedHeader({ alg: 'ES256', typ: 'oauth-authz-req+jwt' })
  .sign((await generateKeyPair('ES256')).privateKey);

describe('a request object on the wire (RFC 9101 §5.1, RFC 9126 §3)', () => {
  it('is found in an authorize URL and in a PAR body', () => {
    expect(requestObjectInUrl(`https://op.test/authorize?client_id=c&request=${jwt}`)).toBe(jwt);
    expect(requestObjectInBody(`client_id=c&request=${jwt}`)).toBe(jwt);
    expect(requestObjectInUrl('https://op.test/authorize?client_id=c')).toBeUndefined();
    expect(requestObjectInUrl('not a url')).toBeUndefined();
  });

  it('is decoded for the raw HTTP step as text', () => {
    const decoded = decodedRequestObjectOf({ url: `https://op.test/authorize?request=${jwt}` });
    expect(JSON.parse(decoded!.header).typ).toBe('oauth-authz-req+jwt');
    expect(JSON.parse(decoded!.payload).claims).toEqual({ id_token: { gender: null } });
    expect(decodedRequestObjectOf({ url: 'https://op.test/authorize' })).toBeUndefined();
  });

  it('is a wire change by value, and beside par-pushed by reference', () => {
    expect(authorizeWireChanges(`https://op.test/authorize?client_id=c&response_type=code&request=${jwt}`, undefined)).toEqual(['request-object']);
    const pushed = { method: 'POST', url: 'https://op.test/par', status: 201, requestBody: `client_id=c&request=${jwt}` };
    expect(exchangeWireChanges(pushed, 'https://op.test/par')).toEqual(['par-pushed', 'request-object-pushed']);
    expect(exchangeWireChanges({ ...pushed, requestBody: 'client_id=c&scope=openid' }, 'https://op.test/par')).toEqual(['par-pushed']);
  });
});

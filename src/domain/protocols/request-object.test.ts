import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRequestObject, requestObjectParameters, requestObjectPayload, type RequestObjectInput } from './request-object';
import { decodeRequestObject } from './request-object-on-wire';

const ISSUER = 'https://op.test';
const NOW = 1_800_000_000;
let es256: CryptoKeyPair;
let publicJwk: JWK;
let other: CryptoKeyPair;

beforeAll(async () => {
  es256 = (await generateKeyPair('ES256'));
  other = (await generateKeyPair('ES256'));
  publicJwk = await exportJWK(es256.publicKey);
});

const CLAIMS = { id_token: { gender: null } };

async function sign(payload: Record<string, unknown>, key: CryptoKey | Uint8Array = es256.privateKey, alg = 'ES256') {
  return new SignJWT({ iss: 'playground', aud: ISSUER, iat: NOW, exp: NOW + 300, client_id: 'playground', response_type: 'code', scope: 'openid', claims: CLAIMS, ...payload })
    .setProtectedHeader({ alg })
    .sign(key);
}

function input(jwt: string, overrides: Partial<RequestObjectInput> = {}): RequestObjectInput {
  return { jwt, outside: new URLSearchParams({ client_id: 'playground', response_type: 'code' }), clientId: 'playground', issuer: ISSUER, keys: { jwks: [publicJwk] }, nowSeconds: NOW, ...overrides };
}

describe('RFC 9101 request object validation, a rule at a time', () => {
  it('accepts a well-signed object and answers its parameters, claims as JSON (§6.3)', async () => {
    const check = await checkRequestObject(input(await sign({})));
    expect(check.outcome).toBe('valid');
    if (check.outcome !== 'valid') return;
    expect(check.params.get('scope')).toBe('openid');
    expect(JSON.parse(check.params.get('claims')!)).toEqual(CLAIMS);
    expect(check.params.has('iss')).toBe(false);
  });

  it('uses only the parameters inside: a claims parameter outside is ignored (§6.3)', async () => {
    const outside = new URLSearchParams({ client_id: 'playground', response_type: 'code', claims: '{"userinfo":{"email":null}}', scope: 'openid email' });
    const check = await checkRequestObject(input(await sign({}), { outside }));
    expect(check.outcome === 'valid' && check.params.get('claims')).toBe(JSON.stringify(CLAIMS));
    expect(check.outcome === 'valid' && check.params.get('scope')).toBe('openid');
  });

  it('refuses what is not a JWT', async () => {
    expect(await checkRequestObject(input('not.a-jwt'))).toEqual({ outcome: 'invalid', problem: 'not-a-jwt' });
  });

  it('refuses alg none and algorithms outside the allowed list (§6.1, §10.2)', async () => {
    const unsigned = `${btoa('{"alg":"none"}').replace(/=+$/, '')}.${btoa(JSON.stringify({ iss: 'playground', aud: ISSUER })).replace(/=+$/, '')}.`;
    expect(await checkRequestObject(input(unsigned))).toEqual({ outcome: 'invalid', problem: 'alg-not-allowed' });
    expect(await checkRequestObject(input(await sign({}), { allowedAlgorithms: ['RS256'] }))).toEqual({ outcome: 'invalid', problem: 'alg-not-allowed' });
  });

  it('refuses a signature from a key the client did not register (§6.2)', async () => {
    expect(await checkRequestObject(input(await sign({}, other.privateKey)))).toEqual({ outcome: 'invalid', problem: 'bad-signature' });
  });

  it('refuses an object when the client registered no key of its kind (§6.2)', async () => {
    expect(await checkRequestObject(input(await sign({}), { keys: { jwks: [] } }))).toEqual({ outcome: 'invalid', problem: 'no-key-registered' });
    const secret = 'a-client-secret-of-at-least-32-bytes!';
    const hs = await sign({}, new TextEncoder().encode(secret), 'HS256');
    expect(await checkRequestObject(input(hs))).toEqual({ outcome: 'invalid', problem: 'no-key-registered' });
  });

  it('verifies HS256 with the confidential client secret (§4)', async () => {
    const secret = 'a-client-secret-of-at-least-32-bytes!';
    const hs = await sign({}, new TextEncoder().encode(secret), 'HS256');
    expect((await checkRequestObject(input(hs, { keys: { jwks: [], secret } }))).outcome).toBe('valid');
    expect(await checkRequestObject(input(hs, { keys: { jwks: [], secret: `${secret}x` } }))).toEqual({ outcome: 'invalid', problem: 'bad-signature' });
  });

  it('requires iss to be the client (§4)', async () => {
    expect(await checkRequestObject(input(await sign({ iss: 'someone-else' })))).toEqual({ outcome: 'invalid', problem: 'iss-mismatch' });
  });

  it('requires aud to be the issuer, alone or in a list (§4)', async () => {
    expect(await checkRequestObject(input(await sign({ aud: 'https://other.test' })))).toEqual({ outcome: 'invalid', problem: 'aud-mismatch' });
    expect((await checkRequestObject(input(await sign({ aud: ['https://other.test', ISSUER] })))).outcome).toBe('valid');
  });

  it('refuses an expired object, one not yet valid, and one issued in the future (§10.2, RFC 7519 §4.1)', async () => {
    expect(await checkRequestObject(input(await sign({ exp: NOW - 61 })))).toEqual({ outcome: 'invalid', problem: 'expired' });
    expect(await checkRequestObject(input(await sign({ nbf: NOW + 120 })))).toEqual({ outcome: 'invalid', problem: 'not-yet-valid' });
    expect(await checkRequestObject(input(await sign({ iat: NOW + 120 })))).toEqual({ outcome: 'invalid', problem: 'issued-in-future' });
    // Within the skew: still valid.
    expect((await checkRequestObject(input(await sign({ exp: NOW - 30 })))).outcome).toBe('valid');
  });

  it('requires client_id inside and outside to be the client (§5, §6.3)', async () => {
    expect(await checkRequestObject(input(await sign({ client_id: 'other' })))).toEqual({ outcome: 'invalid', problem: 'client-id-mismatch' });
    const outside = new URLSearchParams({ client_id: 'other', response_type: 'code' });
    expect(await checkRequestObject(input(await sign({}), { outside }))).toEqual({ outcome: 'invalid', problem: 'client-id-mismatch' });
  });

  it('requires response_type outside to match the one inside (§6.3)', async () => {
    const outside = new URLSearchParams({ client_id: 'playground', response_type: 'id_token' });
    expect(await checkRequestObject(input(await sign({}), { outside }))).toEqual({ outcome: 'invalid', problem: 'response-type-mismatch' });
  });

  it('refuses request or request_uri inside the object (§4)', async () => {
    expect(await checkRequestObject(input(await sign({ request_uri: 'urn:x' })))).toEqual({ outcome: 'invalid', problem: 'nested-request' });
  });
});

describe('request object payloads and parameters', () => {
  it('turns URL parameters into a payload with the claims request as JSON, and back', () => {
    const params = new URLSearchParams({ scope: 'openid', claims: JSON.stringify(CLAIMS), max_age: '60' });
    const payload = requestObjectPayload(params);
    expect(payload.claims).toEqual(CLAIMS);
    expect(payload.max_age).toBe('60');
    expect(requestObjectParameters({ ...payload, iss: 'x', aud: 'y' }).toString()).toBe(params.toString());
  });

  it('keeps claims text that is not JSON as text', () => {
    expect(requestObjectPayload(new URLSearchParams({ claims: '{nope' })).claims).toBe('{nope');
  });

  it('decodes an object as text for the raw HTTP step, and nothing for garbage', async () => {
    const decoded = decodeRequestObject(await sign({}));
    expect(JSON.parse(decoded!.header)).toEqual({ alg: 'ES256' });
    expect(JSON.parse(decoded!.payload).claims).toEqual(CLAIMS);
    expect(decodeRequestObject('<b>x</b>')).toBeUndefined();
  });
});

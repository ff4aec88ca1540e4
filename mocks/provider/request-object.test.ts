import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER_SETTINGS } from './settings';
import type { WithProtocolSettings } from './protocol-settings';
import { withRequestObjectKey } from './request-object';
import { CLIENT_ID, ISSUER, START_SECONDS, authorizeParams, exchange, redirectQuery, testProvider, tokenBody, verifiedIdToken, type TestProvider } from './test-kit';

let pair: CryptoKeyPair;
let publicJwk: JWK;
let rsa: CryptoKeyPair;

beforeAll(async () => {
  pair = (await generateKeyPair('ES256'));
  rsa = (await generateKeyPair('RS256'));
  publicJwk = await exportJWK(pair.publicKey);
});

const GENDER = { id_token: { gender: null } };

/** A provider whose client registered the test's ES256 (and RS256) public key in its settings. */
async function withKey(): Promise<TestProvider> {
  const test = testProvider();
  const jwks = [publicJwk, await exportJWK(rsa.publicKey)];
  test.provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, allowedScopes: ['openid', 'profile', 'email'], protocols: { clients: { [CLIENT_ID]: { requestObjectJwks: jwks } } } } as WithProtocolSettings);
  return test;
}

/** The default authorize parameters as a request object's claims, signed. */
async function requestObject(claims: Record<string, unknown> = {}, key: CryptoKey = pair.privateKey, alg = 'ES256'): Promise<string> {
  const inside = Object.fromEntries(authorizeParams());
  return new SignJWT({ ...inside, scope: 'openid', claims: GENDER, iss: CLIENT_ID, aud: ISSUER, iat: START_SECONDS, exp: START_SECONDS + 300, ...claims })
    .setProtectedHeader({ alg })
    .sign(key);
}

const byValue = (jwt: string, outside: Record<string, string> = {}) => new URLSearchParams({ client_id: CLIENT_ID, response_type: 'code', ...outside, request: jwt });

describe('request objects at the mock (RFC 9101)', () => {
  it('advertises request objects by value and its algorithms (RFC 9101 §10.1)', () => {
    const body = testProvider().provider.discovery().body as Record<string, unknown>;
    expect(body.request_parameter_supported).toBe(true);
    expect(body.request_object_signing_alg_values_supported).toEqual(['ES256', 'RS256']);
  });

  it('signs in by value; the claims request inside is what the id_token answers (§6.3)', async () => {
    const test = await withKey();
    const read = await test.provider.readRequestObject(byValue(await requestObject()));
    expect(read.outcome).toBe('params');
    if (read.outcome !== 'params') return;
    const code = redirectQuery(test.provider.approve(read.params)).get('code')!;
    const idToken = await verifiedIdToken(test, tokenBody(await exchange(test, code)).id_token);
    expect(idToken.gender).toBeDefined();
  });

  it('ignores a claims request and scope outside the object (§6.3)', async () => {
    const test = await withKey();
    const outside = { claims: JSON.stringify({ id_token: { email: null } }), scope: 'openid email' };
    const read = await test.provider.readRequestObject(byValue(await requestObject(), outside));
    expect(read.outcome === 'params' && read.params.get('claims')).toBe(JSON.stringify(GENDER));
    expect(read.outcome === 'params' && read.params.get('scope')).toBe('openid');
  });

  it('verifies RS256 with the registered RSA key', async () => {
    const test = await withKey();
    expect((await test.provider.readRequestObject(byValue(await requestObject({}, rsa.privateKey, 'RS256')))).outcome).toBe('params');
  });

  it.each([
    ['a key the client did not register', async () => requestObject({}, (await generateKeyPair('ES256')).privateKey)],
    ['iss that is not the client', () => requestObject({ iss: 'someone' })],
    ['aud that is not the issuer', () => requestObject({ aud: 'https://elsewhere.test' })],
    ['an expired object', () => requestObject({ exp: START_SECONDS - 3600 })],
    ['nbf in the future', () => requestObject({ nbf: START_SECONDS + 3600 })],
    ['client_id inside that differs', () => requestObject({ client_id: 'other' })],
  ])('refuses %s with an error page, invalid_request_object (§6, §7)', async (_name, make) => {
    const test = await withKey();
    const read = await test.provider.readRequestObject(byValue(await make()));
    expect(read).toMatchObject({ outcome: 'error-page', error: 'invalid_request_object' });
  });

  it('refuses an object when the client registered no key', async () => {
    const test = testProvider();
    expect(await test.provider.readRequestObject(byValue(await requestObject()))).toMatchObject({ outcome: 'error-page', error: 'invalid_request_object' });
  });

  it('verifies only with the keys of the client that sent the object: another client’s key does not count (§6.2)', async () => {
    const test = testProvider();
    test.provider.configure({ ...DEFAULT_PROVIDER_SETTINGS, protocols: { clients: { 'another-client': { requestObjectJwks: [publicJwk] } } } } as WithProtocolSettings);
    expect(await test.provider.readRequestObject(byValue(await requestObject()))).toMatchObject({ outcome: 'error-page', error: 'invalid_request_object' });
    test.provider.configure(withRequestObjectKey(test.provider.settings(), publicJwk, CLIENT_ID));
    expect(await test.provider.readRequestObject(byValue(await requestObject()))).toMatchObject({ outcome: 'params' });
  });

  it('refuses HS256: the public client has no secret to sign with', async () => {
    const test = await withKey();
    const hs = await new SignJWT({ iss: CLIENT_ID, aud: ISSUER }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('x'.repeat(32)));
    expect(await test.provider.readRequestObject(byValue(hs))).toMatchObject({ outcome: 'error-page', error: 'invalid_request_object' });
  });

  it('pushes a request object to PAR: only its parameters, and the request_uri is for one use (RFC 9126 §3, §7.3)', async () => {
    const test = await withKey();
    const pushed = await test.provider.pushRequest(new URLSearchParams({ client_id: CLIENT_ID, request: await requestObject(), scope: 'openid email' }));
    expect(pushed.status).toBe(201);
    const requestUri = (pushed.body as { request_uri: string }).request_uri;
    const params = new URLSearchParams({ client_id: CLIENT_ID, request_uri: requestUri });
    const first = test.provider.approve(params);
    const code = redirectQuery(first).get('code')!;
    const body = tokenBody(await exchange(test, code));
    // Only what was inside: openid, not the email scope sent beside the object.
    expect(body.scope).toBe('openid');
    expect((await verifiedIdToken(test, body.id_token)).gender).toBeDefined();
    expect(test.provider.checkAuthorize(params)).toMatchObject({ outcome: 'error-page', error: 'invalid_request_uri' });
  });

  it('refuses a bad object at PAR in JSON with 400 invalid_request_object, an unknown client with 401', async () => {
    const test = await withKey();
    expect(await test.provider.pushRequest(new URLSearchParams({ client_id: CLIENT_ID, request: await requestObject({ aud: 'x' }) }))).toMatchObject({ status: 400, body: { error: 'invalid_request_object' } });
    expect(await test.provider.pushRequest(new URLSearchParams({ client_id: 'nobody', request: await requestObject() }))).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });
});

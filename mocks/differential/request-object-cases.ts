import { SignJWT, importJWK, generateKeyPair } from 'jose';
import { REQUEST_OBJECT_TEST_JWK } from './request-object-test-key';
import { call, form, pkcePair, type Target } from './targets';
import { defaultAuthorizeValues } from './authorize-defaults';
import type { Outcome } from './outcome';

/**
 * RFC 9101 request objects, sent alike to the mock and to oidc-provider (features.requestObjects):
 * both registered the public half of REQUEST_OBJECT_TEST_JWK for the client the battery uses.
 * https://www.rfc-editor.org/rfc/rfc9101
 */

const strip = ({ status, error, channel, detail }: Outcome): Outcome => ({ status, error, channel, ...(detail ? { detail } : {}) });
const testKey = await importJWK(REQUEST_OBJECT_TEST_JWK, 'ES256');
const strangerKey = (await generateKeyPair('ES256')).privateKey;

type Claims = Record<string, unknown>;

/** A battery case (battery.ts's BatteryCase, which lists these at its end; declared here so neither module imports the other). */
interface BatteryCase {
  readonly id: string;
  readonly area: 'request-object';
  readonly title: string;
  run(target: Target): Promise<Outcome>;
}

/** The default authorize request as the claims of a signed request object (§4), with overrides. */
async function requestObject(target: Target, overrides: Claims = {}, key: CryptoKey | Uint8Array = testKey, alg = 'ES256'): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Claims = {
    iss: target.clientId,
    aud: target.issuer,
    iat: now,
    exp: now + 300,
    ...defaultAuthorizeValues(target, (await pkcePair()).challenge),
    claims: { id_token: { email: null } },
    ...overrides,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return new SignJWT(claims).setProtectedHeader({ alg, typ: 'oauth-authz-req+jwt' }).sign(key);
}

/** §5.1: by value; outside, client_id, response_type and whatever `outside` adds. */
async function byValue(target: Target, jwt: string, outside: Record<string, string> = {}) {
  target.freshBrowser();
  return target.authorize(new URLSearchParams({ client_id: target.clientId, response_type: 'code', scope: 'openid', ...outside, request: jwt }));
}

const refusedCase = (id: string, title: string, overrides: Claims | (() => Promise<CryptoKey>)): BatteryCase => ({
  id,
  area: 'request-object',
  title,
  run: async (target) => {
    const jwt = typeof overrides === 'function' ? await requestObject(target, {}, await overrides()) : await requestObject(target, overrides);
    return strip(await byValue(target, jwt));
  },
});

export const REQUEST_OBJECT_CASES: readonly BatteryCase[] = [
  {
    id: 'request-object-by-value',
    area: 'request-object',
    title: 'a request object signed with the registered key signs in by value (RFC 9101 §5.1, §6.2)',
    run: async (target) => strip(await byValue(target, await requestObject(target))),
  },
  {
    id: 'request-object-outside-ignored',
    area: 'request-object',
    title: 'an unregistered redirect_uri outside the object is ignored: only the parameters inside count (RFC 9101 §6.3)',
    run: async (target) => strip(await byValue(target, await requestObject(target), { redirect_uri: 'http://127.0.0.1:9/elsewhere', claims: '{not json' })),
  },
  refusedCase('request-object-stranger-key', 'an object signed with a key the client did not register is invalid_request_object (RFC 9101 §6.2)', async () => strangerKey),
  refusedCase('request-object-wrong-aud', 'aud other than the issuer is invalid_request_object (RFC 9101 §4)', { aud: 'https://elsewhere.test' }),
  refusedCase('request-object-wrong-iss', 'iss other than the client is invalid_request_object (RFC 9101 §4)', { iss: 'someone-else' }),
  refusedCase('request-object-expired', 'an expired object is invalid_request_object (RFC 7519 §4.1.4)', { exp: Math.floor(Date.now() / 1000) - 3600, iat: Math.floor(Date.now() / 1000) - 3900 }),
  refusedCase('request-object-client-id-mismatch', 'client_id inside that differs from the one outside is invalid_request_object (RFC 9101 §5)', { client_id: 'someone-else' }),
  {
    id: 'request-object-by-reference',
    area: 'request-object',
    title: 'a request object pushed to PAR answers 201, and its request_uri signs in (RFC 9126 §3, RFC 9101 §6.3)',
    run: async (target) => {
      target.freshBrowser();
      const push = await call(target.endpoints.par, form({ client_id: target.clientId, request: await requestObject(target) }));
      const requestUri = typeof push.body?.request_uri === 'string' ? push.body.request_uri : undefined;
      if (!requestUri) return { ...strip(push), detail: 'push refused' };
      const signIn = await target.authorize(new URLSearchParams({ client_id: target.clientId, request_uri: requestUri }));
      return { ...strip(signIn), detail: `push: ${push.status}; ${signIn.location?.searchParams.has('code') ? 'code' : 'no code'}` };
    },
  },
  {
    id: 'request-object-pushed-invalid',
    area: 'request-object',
    title: 'a pushed object with the wrong aud is refused in JSON, 400 invalid_request_object (RFC 9126 §2.3)',
    run: async (target) => strip(await call(target.endpoints.par, form({ client_id: target.clientId, request: await requestObject(target, { aud: 'https://elsewhere.test' }) }))),
  },
];

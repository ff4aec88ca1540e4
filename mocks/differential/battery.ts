import { call, form, pkcePair, type Target } from './targets';
import { defaultAuthorizeValues } from './authorize-defaults';
import { MOCK_SERVICE_CLIENT } from '../../src/domain/protocols/client-credentials';
import type { Outcome } from './outcome';
import { REQUEST_OBJECT_CASES } from './request-object-cases';
import { callWithDpop, dpopKey, plainCall, proofFor, type DpopAnswer, type DpopKey } from './dpop-client';

/** One request (or short sequence) run against both providers; its answer reduced to an Outcome. */
export interface BatteryCase {
  readonly id: string;
  /** Where the case belongs, for the generated conformance page. */
  readonly area: 'discovery' | 'authorize' | 'par' | 'request-object' | 'dpop' | 'claims' | 'token' | 'client-credentials' | 'refresh' | 'userinfo' | 'introspection' | 'revocation' | 'end-session';
  readonly title: string;
  run(target: Target): Promise<Outcome>;
}

type Overrides = Record<string, string | null>;

function authorizeParams(target: Target, challenge: string, overrides: Overrides = {}): URLSearchParams {
  const values: Record<string, string | null> = { ...defaultAuthorizeValues(target, challenge), ...overrides };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== null) params.append(name, value);
  return params;
}

/** A fresh browser authorizes with these overrides. */
async function authorize(target: Target, overrides: Overrides = {}, extra: [string, string][] = []) {
  target.freshBrowser();
  const params = authorizeParams(target, (await pkcePair()).challenge, overrides);
  for (const [name, value] of extra) params.append(name, value);
  return target.authorize(params);
}

/** Sign in (fresh browser) and come back with a code and its verifier. */
async function codeFor(target: Target, overrides: Overrides = {}) {
  target.freshBrowser();
  const pkce = await pkcePair();
  const result = await target.authorize(authorizeParams(target, pkce.challenge, overrides));
  const code = result.location?.searchParams.get('code');
  if (!code) throw new Error(`${target.name}: no code (${JSON.stringify(result)})`);
  return { code, verifier: pkce.verifier };
}

function tokenForm(target: Target, code: string, verifier: string, overrides: Overrides = {}): Record<string, string> {
  const values: Record<string, string | null> = {
    grant_type: 'authorization_code',
    client_id: target.clientId,
    code,
    redirect_uri: target.redirectUri,
    code_verifier: verifier,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null));
}

async function tokens(target: Target, overrides: Overrides = {}) {
  const { code, verifier } = await codeFor(target, overrides);
  const answer = await call(target.endpoints.token, form(tokenForm(target, code, verifier)));
  if (answer.status !== 200) throw new Error(`${target.name}: token failed ${JSON.stringify(answer)}`);
  return answer.body as { access_token: string; refresh_token?: string; id_token: string; scope: string };
}

const refreshWith = (target: Target, refreshToken: string, extra: Record<string, string> = {}) =>
  call(target.endpoints.token, form({ grant_type: 'refresh_token', client_id: target.clientId, refresh_token: refreshToken, ...extra }));

const strip = ({ status, error, channel, detail }: Outcome): Outcome => ({ status, error, channel, ...(detail ? { detail } : {}) });

/** A signed-in browser, then prompt=none with these overrides. */
async function silently(target: Target, overrides: Overrides) {
  await codeFor(target);
  return target.authorize(authorizeParams(target, (await pkcePair()).challenge, { prompt: 'none', ...overrides }));
}

/** Whether the redirect carries `iss`, and whether it is the target's issuer (RFC 9207 §2.4 compares strings). */
function issOutcome(target: Target, result: Outcome & { location?: URL }): Outcome {
  const iss = result.location?.searchParams.get('iss') ?? new URLSearchParams(result.location?.hash.slice(1)).get('iss');
  return { ...strip(result), detail: `iss: ${iss === null ? 'no' : iss === target.issuer ? 'the issuer' : 'another value'}` };
}

/** RFC 9126 §2: push the parameters; the answer, and the request_uri when there is one. */
async function pushed(target: Target, overrides: Overrides = {}) {
  const values = Object.fromEntries([...authorizeParams(target, (await pkcePair()).challenge, overrides)]);
  const answer = await call(target.endpoints.par, form(values));
  return { answer, requestUri: typeof answer.body?.request_uri === 'string' ? answer.body.request_uri : undefined };
}

/** RFC 9126 §4: the browser goes to the authorize endpoint with client_id and request_uri only. */
async function authorizeByReference(target: Target, requestUri: string) {
  return target.authorize(new URLSearchParams({ client_id: target.clientId, request_uri: requestUri }));
}

const parCase = (id: string, title: string, overrides: Overrides): BatteryCase => ({
  id,
  area: 'par',
  title,
  run: async (target) => strip((await pushed(target, overrides)).answer),
});

/** Sign in, then exchange the code with DPoP proofs of `key` (the nonce retry included). */
async function dpopTokens(target: Target, key: DpopKey, overrides: Overrides = {}) {
  const { code, verifier } = await codeFor(target, overrides);
  return callWithDpop(key, target.endpoints.token, form(tokenForm(target, code, verifier)));
}

const dpopOutcome = (answer: DpopAnswer, detail?: string): Outcome => ({ status: answer.status, error: answer.error, channel: 'json', ...(detail ? { detail } : {}) });

const authorizeCase = (id: string, title: string, overrides: Overrides, extra: [string, string][] = []): BatteryCase => ({
  id,
  area: 'authorize',
  title,
  run: async (target) => strip(await authorize(target, overrides, extra)),
});

/** RFC 6749 §4.4.2: the confidential client asks in its own name, authenticated with Basic (§2.3.1). */
const basic = (clientId: string, secret: string) => `Basic ${btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`)}`;
const clientCredentials = (target: Target, values: Record<string, string>, secret: string = MOCK_SERVICE_CLIENT.secret) =>
  call(target.endpoints.token, form({ grant_type: 'client_credentials', ...values }, { headers: { authorization: basic(MOCK_SERVICE_CLIENT.clientId, secret) } }));

const CLIENT_CREDENTIALS_CASES: readonly BatteryCase[] = [
  {
    id: 'client-credentials-basic',
    area: 'client-credentials',
    title: 'the confidential client gets an access token in its own name: no id_token, no refresh token (RFC 6749 §4.4.3)',
    run: async (target) => {
      const answer = await clientCredentials(target, {});
      const body = answer.body ?? {};
      return { ...strip(answer), detail: `id_token: ${'id_token' in body ? 'yes' : 'no'}; refresh_token: ${'refresh_token' in body ? 'yes' : 'no'}` };
    },
  },
  {
    id: 'client-credentials-wrong-secret',
    area: 'client-credentials',
    title: 'a wrong client secret is invalid_client, 401 (RFC 6749 §5.2)',
    run: async (target) => strip(await clientCredentials(target, {}, 'not-the-secret')),
  },
  {
    id: 'client-credentials-openid',
    area: 'client-credentials',
    title: 'openid asked by the client credentials grant (there is no user)',
    run: async (target) => {
      const answer = await clientCredentials(target, { scope: 'openid' });
      return { ...strip(answer), detail: `id_token: ${'id_token' in (answer.body ?? {}) ? 'yes' : 'no'}` };
    },
  },
  {
    id: 'client-credentials-public-client',
    area: 'client-credentials',
    title: 'a public client may not use the client credentials grant (RFC 6749 §4.4)',
    run: async (target) => strip(await call(target.endpoints.token, form({ grant_type: 'client_credentials', client_id: target.clientId }))),
  },
  {
    id: 'client-credentials-userinfo',
    area: 'client-credentials',
    title: 'the client’s access token at userinfo: there is no user (OIDC Core §5.3)',
    run: async (target) => {
      const { access_token: token } = (await clientCredentials(target, {})).body as { access_token: string };
      return strip(await call(target.endpoints.userinfo, { headers: { authorization: `Bearer ${token}` } }));
    },
  },
];

/**
 * RFC 9126 §6: `require_pushed_authorization_requests` as client metadata. Both targets register a
 * second public client with it (oidc-provider in its client list, the mock in that client's
 * settings); the ordinary client is not affected, and discovery does not say it for everyone.
 */
const PAR_REQUIRED_CASES: readonly BatteryCase[] = [
  {
    id: 'par-required-direct',
    area: 'par',
    title: 'a client that must push its requests sends one in the URL (RFC 9126 §6)',
    run: async (target) => strip(await authorize(target, { client_id: target.parRequiredClientId })),
  },
  {
    id: 'par-required-pushed',
    area: 'par',
    title: 'the same client pushes the request and signs in by reference (RFC 9126 §4, §6)',
    run: async (target) => {
      target.freshBrowser();
      const { requestUri } = await pushed(target, { client_id: target.parRequiredClientId });
      if (!requestUri) throw new Error(`${target.name}: nothing was pushed`);
      return strip(await target.authorize(new URLSearchParams({ client_id: target.parRequiredClientId, request_uri: requestUri })));
    },
  },
  {
    id: 'par-required-other-client',
    area: 'par',
    title: 'another client, registered without the requirement, still signs in from the URL (RFC 9126 §6 is per client)',
    run: async (target) => strip(await authorize(target)),
  },
  {
    id: 'par-required-discovery',
    area: 'par',
    title: 'discovery’s require_pushed_authorization_requests stays false (or absent, §5’s default): one client’s metadata is not the server’s',
    run: async (target) => {
      const answer = await call(`${target.issuer}/.well-known/openid-configuration`);
      // §5: "If omitted, the default value is false" (oidc-provider omits it, the mock says false).
      const everyClient = answer.body?.require_pushed_authorization_requests === true;
      return { ...strip(answer), detail: `every client must push: ${everyClient ? 'yes' : 'no'}` };
    },
  },
];

export const BATTERY: readonly BatteryCase[] = [
  ...CLIENT_CREDENTIALS_CASES,
  ...PAR_REQUIRED_CASES,
  {
    id: 'discovery',
    area: 'discovery',
    title: 'the discovery document is served as JSON',
    run: async (target) => strip(await call(`${target.issuer}/.well-known/openid-configuration`)),
  },
  authorizeCase('authorize-success', 'a good request signs in and redirects with a code', {}),
  authorizeCase('authorize-unknown-client', 'an unknown client_id gets the error page', { client_id: 'no-such-client' }),
  authorizeCase('authorize-missing-client', 'a missing client_id gets the error page', { client_id: null }),
  authorizeCase('authorize-unregistered-redirect', 'an unregistered redirect_uri gets the error page', { redirect_uri: 'http://127.0.0.1:9/elsewhere' }),
  {
    id: 'authorize-duplicate-client',
    area: 'authorize',
    title: 'client_id sent twice gets the error page (RFC 6749 §3.1)',
    run: async (target) => strip(await authorize(target, {}, [['client_id', target.clientId]])),
  },
  {
    id: 'authorize-duplicate-redirect',
    area: 'authorize',
    title: 'redirect_uri sent twice gets the error page (RFC 6749 §3.1)',
    run: async (target) => strip(await authorize(target, {}, [['redirect_uri', target.redirectUri]])),
  },
  authorizeCase('authorize-duplicate-scope', 'scope sent twice is invalid_request (RFC 6749 §3.1)', {}, [['scope', 'openid']]),
  authorizeCase('authorize-missing-response-type', 'a missing response_type is refused at the redirect URI', { response_type: null }),
  authorizeCase('authorize-token-response-type', 'response_type=token is unsupported_response_type', { response_type: 'token' }),
  authorizeCase('authorize-no-openid', 'a request without the openid scope (plain OAuth 2.0)', { scope: 'profile' }),
  authorizeCase('authorize-missing-challenge', 'a public client without PKCE is refused', { code_challenge: null, code_challenge_method: null }),
  authorizeCase('authorize-plain-challenge', 'code_challenge_method=plain is refused', { code_challenge_method: 'plain' }),
  authorizeCase('authorize-short-challenge', 'a code_challenge shorter than 43 characters is refused (RFC 7636 §4.2)', { code_challenge: 'abc' }),
  authorizeCase('authorize-scope-syntax', 'a scope token with a double quote is refused (RFC 6749 §3.3)', { scope: 'openid em"ail' }),
  authorizeCase('authorize-request-object', 'an unsigned request object (alg none) is invalid_request_object (RFC 9101 §6.1)', { request: 'eyJhbGciOiJub25lIn0.e30.' }),
  authorizeCase('authorize-request-uri', 'the request_uri parameter is request_uri_not_supported (OIDC Core §6.2)', { request_uri: 'https://rp.test/request.jwt' }),
  authorizeCase('authorize-response-mode-fragment', 'response_mode=fragment', { response_mode: 'fragment' }),
  authorizeCase('authorize-response-mode-form-post', 'response_mode=form_post', { response_mode: 'form_post' }),
  authorizeCase('authorize-response-mode-unknown', 'an unknown response_mode is refused', { response_mode: 'carrier_pigeon' }),
  {
    id: 'authorize-iss-with-code',
    area: 'authorize',
    title: 'the authorization response names the issuer beside the code (RFC 9207 §2)',
    run: async (target) => issOutcome(target, await authorize(target)),
  },
  {
    id: 'authorize-iss-with-error',
    area: 'authorize',
    title: 'an error redirected to the client names the issuer too (RFC 9207 §2)',
    run: async (target) => issOutcome(target, await authorize(target, { prompt: 'none' })),
  },
  authorizeCase('authorize-unknown-prompt', 'an unknown prompt value is refused', { prompt: 'bogus' }),
  authorizeCase('authorize-prompt-none-and-login', 'prompt=none with another value is invalid_request (OIDC Core §3.1.2.1)', { prompt: 'none login' }),
  authorizeCase('authorize-bad-max-age', 'a negative max_age is invalid_request', { max_age: '-1' }),
  authorizeCase('authorize-bad-claims', 'a claims parameter that is not JSON is invalid_request', { claims: '{not json' }),
  authorizeCase('authorize-prompt-none-no-session', 'prompt=none without a session is login_required', { prompt: 'none' }),
  {
    id: 'authorize-prompt-none-session',
    area: 'authorize',
    title: 'prompt=none with a session answers a code',
    run: async (target) => strip(await silently(target, {})),
  },
  {
    id: 'authorize-hint-other-subject',
    area: 'authorize',
    title: 'prompt=none with an id_token_hint for another subject is login_required (OIDC Core §3.1.2.1)',
    run: async (target) => {
      target.asUser('grace');
      const { id_token: hint } = await tokens(target);
      target.asUser('ada');
      return strip(await silently(target, { id_token_hint: hint }));
    },
  },
  {
    id: 'par-sign-in',
    area: 'par',
    title: 'a pushed request answers 201, and client_id with request_uri signs in (RFC 9126 §2.2, §4)',
    run: async (target) => {
      target.freshBrowser();
      const { answer, requestUri } = await pushed(target);
      const signIn = await authorizeByReference(target, requestUri!);
      return { ...strip(signIn), detail: `push: ${answer.status}; ${signIn.location?.searchParams.has('code') ? 'code' : 'no code'}` };
    },
  },
  {
    id: 'par-request-uri-replay',
    area: 'par',
    title: 'a request_uri used once is refused the second time (RFC 9126 §7.3)',
    run: async (target) => {
      target.freshBrowser();
      const { requestUri } = await pushed(target);
      await authorizeByReference(target, requestUri!);
      return strip(await authorizeByReference(target, requestUri!));
    },
  },
  {
    id: 'par-unknown-request-uri',
    area: 'par',
    title: 'an unknown request_uri is refused without a redirect',
    run: async (target) => {
      target.freshBrowser();
      return strip(await authorizeByReference(target, 'urn:ietf:params:oauth:request_uri:no-such-request'));
    },
  },
  parCase('par-request-uri-inside', 'request_uri inside a pushed request is invalid_request (RFC 9126 §2.1)', { request_uri: 'urn:ietf:params:oauth:request_uri:x' }),
  parCase('par-unknown-client', 'an unknown client at the PAR endpoint is a 401 invalid_client (RFC 9126 §2.3)', { client_id: 'no-such-client' }),
  parCase('par-unregistered-redirect', 'an unregistered redirect_uri is refused in JSON (RFC 9126 §2.3)', { redirect_uri: 'http://127.0.0.1:9/elsewhere' }),
  parCase('par-token-response-type', 'response_type=token is refused in JSON (RFC 9126 §2.3)', { response_type: 'token' }),
  parCase('par-missing-challenge', 'a public client without PKCE is refused in JSON (RFC 9126 §2.3)', { code_challenge: null, code_challenge_method: null }),
  {
    id: 'dpop-token-nonce-retry',
    area: 'dpop',
    title: 'a DPoP proof without the nonce is use_dpop_nonce; the retry with it gets token_type DPoP (RFC 9449 §8, §5)',
    run: async (target) => {
      const { first, last } = await dpopTokens(target, await dpopKey());
      return dpopOutcome(last, `first: ${first.error ?? first.status}; token_type: ${String(last.body?.token_type)}`);
    },
  },
  {
    id: 'dpop-token-wrong-htu',
    area: 'dpop',
    title: 'a proof for another endpoint is invalid_dpop_proof (RFC 9449 §4.3)',
    run: async (target) => {
      const key = await dpopKey();
      await dpopTokens(target, key);
      const { code, verifier } = await codeFor(target);
      const proof = await proofFor(key, 'POST', target.endpoints.userinfo);
      return strip(await call(target.endpoints.token, form(tokenForm(target, code, verifier), { headers: { DPoP: proof } })));
    },
  },
  {
    id: 'dpop-token-replayed-proof',
    area: 'dpop',
    title: 'a proof sent twice is refused the second time (RFC 9449 §11.1)',
    run: async (target) => {
      const key = await dpopKey();
      await dpopTokens(target, key);
      const proof = await proofFor(key, 'POST', target.endpoints.token);
      const once = await codeFor(target);
      await call(target.endpoints.token, form(tokenForm(target, once.code, once.verifier), { headers: { DPoP: proof } }));
      const twice = await codeFor(target);
      return strip(await call(target.endpoints.token, form(tokenForm(target, twice.code, twice.verifier), { headers: { DPoP: proof } })));
    },
  },
  {
    id: 'dpop-userinfo',
    area: 'dpop',
    title: 'userinfo with Authorization: DPoP and a proof carrying ath answers 200 (RFC 9449 §7)',
    run: async (target) => {
      const key = await dpopKey();
      const { last } = await dpopTokens(target, key);
      const token = String(last.body?.access_token);
      const answer = await callWithDpop(key, target.endpoints.userinfo, { method: 'GET', headers: { authorization: `DPoP ${token}` } }, token);
      return dpopOutcome(answer.last);
    },
  },
  {
    id: 'dpop-bound-token-as-bearer',
    area: 'dpop',
    title: 'a DPoP-bound access token presented as Bearer is refused (RFC 9449 §7.1)',
    run: async (target) => {
      const { last } = await dpopTokens(target, await dpopKey());
      const answer = await plainCall(target.endpoints.userinfo, { headers: { authorization: `Bearer ${String(last.body?.access_token)}` } });
      return dpopOutcome(answer, `challenge: ${answer.challenge?.split(' ')[0] ?? 'none'}`);
    },
  },
  {
    id: 'dpop-introspection-cnf',
    area: 'dpop',
    title: 'introspection of a DPoP-bound token names its key as cnf.jkt (RFC 9449 §6.2)',
    run: async (target) => {
      const key = await dpopKey();
      const { last } = await dpopTokens(target, key);
      const answer = await call(target.endpoints.introspect, form({ client_id: target.clientId, token: String(last.body?.access_token) }));
      const cnf = answer.body?.cnf as { jkt?: string } | undefined;
      return { ...strip(answer), detail: `cnf.jkt: ${cnf?.jkt === key.jkt ? 'the key' : cnf?.jkt ? 'another' : 'none'}` };
    },
  },
  {
    id: 'dpop-refresh-without-proof',
    area: 'dpop',
    title: 'a public client’s DPoP-bound refresh token needs a proof (RFC 9449 §5)',
    run: async (target) => {
      const { last } = await dpopTokens(target, await dpopKey(), { scope: 'openid offline_access', prompt: 'consent' });
      return strip(await refreshWith(target, String(last.body?.refresh_token)));
    },
  },
  {
    id: 'claims-sub-other-user',
    area: 'claims',
    title: 'prompt=none with claims.id_token.sub naming another user is login_required (OIDC Core §5.5.1)',
    run: async (target) => strip(await silently(target, { claims: JSON.stringify({ id_token: { sub: { value: 'someone-else' } } }) })),
  },
  {
    id: 'claims-essential-acr',
    area: 'claims',
    title: 'prompt=none with an essential acr that cannot be met is login_required (OIDC Core §5.5.1.1)',
    run: async (target) => strip(await silently(target, { claims: JSON.stringify({ id_token: { acr: { essential: true, values: ['urn:example:loa:3'] } } }) })),
  },
  {
    id: 'claims-userinfo-without-scope',
    area: 'claims',
    title: 'a claim asked for at userinfo is delivered whatever scopes were granted (OIDC Core §5.5)',
    run: async (target) => {
      const { access_token } = await tokens(target, { claims: JSON.stringify({ userinfo: { given_name: null } }) });
      const answer = await call(target.endpoints.userinfo, { headers: { authorization: `Bearer ${access_token}` } });
      return { ...strip(answer), detail: `given_name: ${answer.body?.given_name === undefined ? 'no' : 'yes'}` };
    },
  },
  {
    id: 'offline-access-without-consent',
    area: 'refresh',
    title: 'offline_access without prompt=consent is dropped: no refresh token (OIDC Core §11)',
    run: async (target) => {
      const body = await tokens(target, { scope: 'openid offline_access' });
      return { status: 200, error: null, channel: 'json', detail: `refresh_token: ${body.refresh_token ? 'yes' : 'no'}; scope: ${body.scope}` };
    },
  },
  {
    id: 'offline-access-with-consent',
    area: 'refresh',
    title: 'offline_access with prompt=consent gives a refresh token (OIDC Core §11)',
    run: async (target) => {
      const body = await tokens(target, { scope: 'openid offline_access', prompt: 'consent' });
      return { status: 200, error: null, channel: 'json', detail: `refresh_token: ${body.refresh_token ? 'yes' : 'no'}; scope: ${body.scope}` };
    },
  },
  {
    id: 'token-success',
    area: 'token',
    title: 'a good code exchange answers 200',
    run: async (target) => {
      const { code, verifier } = await codeFor(target);
      return strip(await call(target.endpoints.token, form(tokenForm(target, code, verifier))));
    },
  },
  {
    id: 'token-code-reuse',
    area: 'token',
    title: 'a code used twice is invalid_grant',
    run: async (target) => {
      const { code, verifier } = await codeFor(target);
      await call(target.endpoints.token, form(tokenForm(target, code, verifier)));
      return strip(await call(target.endpoints.token, form(tokenForm(target, code, verifier))));
    },
  },
  {
    id: 'token-wrong-verifier',
    area: 'token',
    title: 'a wrong code_verifier is invalid_grant',
    run: async (target) => {
      const { code } = await codeFor(target);
      return strip(await call(target.endpoints.token, form(tokenForm(target, code, (await pkcePair()).verifier))));
    },
  },
  {
    id: 'token-wrong-redirect',
    area: 'token',
    title: 'another redirect_uri than at authorize is invalid_grant',
    run: async (target) => {
      const { code, verifier } = await codeFor(target);
      return strip(await call(target.endpoints.token, form(tokenForm(target, code, verifier, { redirect_uri: `${target.redirectUri}-other` }))));
    },
  },
  {
    id: 'token-missing-grant-type',
    area: 'token',
    title: 'a missing grant_type is invalid_request (RFC 6749 §5.2)',
    run: async (target) => strip(await call(target.endpoints.token, form({ client_id: target.clientId, code: 'x' }))),
  },
  {
    id: 'token-unknown-grant-type',
    area: 'token',
    title: 'an unknown grant_type is unsupported_grant_type',
    run: async (target) => strip(await call(target.endpoints.token, form({ grant_type: 'urn:example:magic', client_id: target.clientId }))),
  },
  {
    id: 'token-json-body',
    area: 'token',
    title: 'a JSON body is invalid_request: the endpoint reads forms (RFC 6749 §4.1.3)',
    run: async (target) =>
      strip(await call(target.endpoints.token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'authorization_code', client_id: target.clientId }) })),
  },
  {
    id: 'token-basic-auth-public-client',
    area: 'token',
    title: 'Basic authentication by a public client is a 401 invalid_client (RFC 6749 §5.2)',
    run: async (target) => {
      const { code, verifier } = await codeFor(target);
      const values = tokenForm(target, code, verifier);
      delete values.client_id;
      return strip(await call(target.endpoints.token, form(values, { headers: { authorization: `Basic ${btoa(`${target.clientId}:secret`)}` } })));
    },
  },
  {
    id: 'token-duplicate-parameter',
    area: 'token',
    title: 'a parameter sent twice is invalid_request (RFC 6749 §3.2)',
    run: async (target) => {
      const { code, verifier } = await codeFor(target);
      const body = new URLSearchParams(tokenForm(target, code, verifier));
      body.append('code', code);
      return strip(await call(target.endpoints.token, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() }));
    },
  },
  {
    id: 'token-unknown-client',
    area: 'token',
    title: 'an unknown client_id is a 401 invalid_client',
    run: async (target) => {
      const { code, verifier } = await codeFor(target);
      return strip(await call(target.endpoints.token, form(tokenForm(target, code, verifier, { client_id: 'no-such-client' }))));
    },
  },
  {
    id: 'refresh-success',
    area: 'refresh',
    title: 'a refresh token (offline_access, prompt=consent) refreshes',
    run: async (target) => {
      const body = await tokens(target, { scope: 'openid offline_access', prompt: 'consent' });
      return strip(await refreshWith(target, body.refresh_token!));
    },
  },
  {
    id: 'refresh-replay-revokes-grant',
    area: 'refresh',
    title: 'replaying a rotated refresh token is invalid_grant and revokes the newest one (RFC 9700 §4.14.2)',
    run: async (target) => {
      const body = await tokens(target, { scope: 'openid offline_access', prompt: 'consent' });
      const rotated = await refreshWith(target, body.refresh_token!);
      const replay = await refreshWith(target, body.refresh_token!);
      const newest = await refreshWith(target, String(rotated.body?.refresh_token));
      return { ...strip(replay), detail: `newest refresh token afterwards: ${newest.error ?? newest.status}` };
    },
  },
  {
    id: 'refresh-widen-scope',
    area: 'refresh',
    title: 'a refresh cannot widen the scope (RFC 6749 §6)',
    run: async (target) => {
      const body = await tokens(target, { scope: 'openid offline_access', prompt: 'consent' });
      return strip(await refreshWith(target, body.refresh_token!, { scope: 'openid offline_access email' }));
    },
  },
  {
    id: 'userinfo-success',
    area: 'userinfo',
    title: 'userinfo with the Bearer header answers 200',
    run: async (target) => {
      const { access_token } = await tokens(target);
      return strip(await call(target.endpoints.userinfo, { headers: { authorization: `Bearer ${access_token}` } }));
    },
  },
  {
    id: 'userinfo-unknown-token',
    area: 'userinfo',
    title: 'an unknown access token is a 401 invalid_token',
    run: async (target) => strip(await call(target.endpoints.userinfo, { headers: { authorization: 'Bearer not-a-token-0000' } })),
  },
  {
    id: 'userinfo-header-and-body',
    area: 'userinfo',
    title: 'the token in both header and body is invalid_request (RFC 6750 §2)',
    run: async (target) => {
      const { access_token } = await tokens(target);
      return strip(await call(target.endpoints.userinfo, form({ access_token }, { headers: { authorization: `Bearer ${access_token}` } })));
    },
  },
  {
    id: 'introspection-active',
    area: 'introspection',
    title: 'introspection of a live access token answers 200',
    run: async (target) => {
      const { access_token } = await tokens(target);
      const answer = await call(target.endpoints.introspect, form({ client_id: target.clientId, token: access_token }));
      return { ...strip(answer), detail: `active: ${String(answer.body?.active)}` };
    },
  },
  {
    id: 'revocation-unknown-hint',
    area: 'revocation',
    title: 'an unknown token_type_hint is ignored and the token revoked (RFC 7009 §2.1)',
    run: async (target) => {
      const { access_token } = await tokens(target);
      const answer = await call(target.endpoints.revoke, form({ client_id: target.clientId, token: access_token, token_type_hint: 'id_token' }));
      const after = await call(target.endpoints.userinfo, { headers: { authorization: `Bearer ${access_token}` } });
      return { ...strip(answer), detail: `userinfo afterwards: ${after.status}` };
    },
  },
  {
    id: 'end-session-no-hint',
    area: 'end-session',
    title: 'end-session without id_token_hint asks the user first (RP-Initiated Logout §2, §6)',
    run: async (target) => {
      await codeFor(target);
      return target.endSession(new URLSearchParams({ client_id: target.clientId, post_logout_redirect_uri: target.postLogoutRedirectUri }));
    },
  },
  {
    id: 'end-session-broken-hint',
    area: 'end-session',
    title: 'an id_token_hint with a broken signature is refused (RP-Initiated Logout §2)',
    run: async (target) => {
      const { id_token } = await tokens(target);
      const [header, payload, signature = ''] = id_token.split('.');
      const broken = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
      return target.endSession(new URLSearchParams({ id_token_hint: broken, post_logout_redirect_uri: target.postLogoutRedirectUri }));
    },
  },
  {
    id: 'end-session-valid-hint',
    area: 'end-session',
    title: 'end-session with a valid id_token_hint and a registered post_logout_redirect_uri',
    run: async (target) => {
      const { id_token } = await tokens(target);
      return target.endSession(new URLSearchParams({ id_token_hint: id_token, post_logout_redirect_uri: target.postLogoutRedirectUri, state: 'bye' }));
    },
  },
  {
    id: 'end-session-unregistered-redirect',
    area: 'end-session',
    title: 'an unregistered post_logout_redirect_uri is refused on the error page',
    run: async (target) => {
      const { id_token } = await tokens(target);
      return target.endSession(new URLSearchParams({ id_token_hint: id_token, post_logout_redirect_uri: 'http://127.0.0.1:9/elsewhere' }));
    },
  },
  // RFC 9101 (request-object-cases.ts).
  ...REQUEST_OBJECT_CASES,
];

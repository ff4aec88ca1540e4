/**
 * Test support (never imported by the app): runs a lesson step through the mock provider's own
 * modules, as the browser would — authorize (the learner signs in, or the session continues),
 * token, userinfo — and returns the run as the results screen receives it.
 */
import { composeLesson } from '../src/domain/lessons/compose-lesson';
import type { LessonSetup } from '../src/domain/lessons/lesson';
import type { CompletedRun, FlowRun } from '../src/domain/flow/flow-run';
import type { DiscoveryDocument } from '../src/domain/provider/discovery-document';
import { runSettingsOf } from '../src/domain/flow/run-settings';
import { requestedScopes } from '../src/domain/request/composed-request';
import { DEFAULT_PROVIDER_SETTINGS } from './provider/settings';
import { authorizeParams, formOf, testProvider, CLIENT_ID, ISSUER, REDIRECT_URI, START_MILLIS, VERIFIER, type TestProvider } from './provider/test-kit';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { MockProvider } from './provider/provider';
import { withRequestObjectKey } from './provider/request-object';
import { requestObjectPayload } from '../src/domain/protocols/request-object';
import type { RequestObjectMode } from '../src/domain/protocols/request-object-choice';
import { providerProtocolsOf, type WithProtocolSettings } from './provider/protocol-settings';
import { MOCK_SERVICE_CLIENT } from '../src/domain/protocols/client-credentials';
import type { PendingRun } from '../src/domain/flow/flow-run';
import type { HttpExchange } from '../src/domain/flow/http-exchange';
import { authorizationResponseParameters } from '../src/domain/protocols/response-mode';
import { accessTokenHash } from '../src/domain/protocols/dpop-proof';
import type { ProviderResponse } from './provider/provider-response';

export async function runLessonStep(setup: LessonSetup): Promise<FlowRun> {
  const request = composeLesson(setup);
  // Parsed once, as the app does at launch: the run is explained against these values.
  const read = runSettingsOf(request);
  if (read.outcome === 'refused' || !read.settings.mock) throw new Error(`the lesson’s settings do not parse: ${JSON.stringify(read)}`);
  const { settings } = read;
  const test = testProvider({
    ...DEFAULT_PROVIDER_SETTINGS,
    allowedScopes: request.mock.allowedScopes,
    behaviour: request.mock.behaviour,
    disallowedScopes: request.mock.disallowedScopes,
    user: settings.mock!.user,
    loginPolicy: settings.mock!.loginPolicy,
    // The mock's protocol settings, under its own names (src/lib/provider-settings.ts does the same).
    protocols: providerProtocolsOf(request.mock.protocols),
  } as WithProtocolSettings);
  const { provider } = test;
  if (setup.session === 'signed-in') provider.startSession();
  const scopes = requestedScopes(request);
  const discovery = provider.discovery().body as DiscoveryDocument;
  const pending = {
    id: 'lesson-run',
    startedAt: '2026-01-15T09:30:00.000Z',
    request,
    settings,
    issuer: ISSUER,
    redirectUri: REDIRECT_URI,
    requestedScopes: scopes,
    authorizeUrl: `${ISSUER}/authorize`,
    nonce: 'nonce-1',
    discovery,
  };
  const failed = (error: string, description: string, callbackUrl?: string): FlowRun => ({
    ...pending,
    ...(callbackUrl ? { callbackUrl } : {}),
    outcome: 'failed',
    failure: { error: error, description, stage: 'authorize' },
    exchanges: [],
  });

  if (request.protocols?.clientCredentials) return clientCredentialsRun(test, pending, scopes);

  const direct = authorizeParams({
    scope: scopes.join(' '),
    claims: request.claimsText === '' ? null : JSON.stringify(JSON.parse(request.claimsText)),
    prompt: request.prompt === '' ? null : request.prompt,
    max_age: request.maxAge === '' ? null : request.maxAge,
    // Multiple Response Type Encoding Practices §2.1: the page asks for the response after #.
    response_mode: request.protocols?.fragment ? 'fragment' : null,
  });
  // RFC 9101: sent as a signed request object, by value or pushed, as the page's launch does.
  const requestObjectMode = request.protocols?.requestObject?.mode ?? 'off';
  const sent = await asRequestObject(provider, requestObjectMode, direct);
  if (sent.outcome === 'error-page') return failed(sent.error, sent.description);
  // RFC 9126: with PAR on, the parameters are pushed and the browser carries client_id and request_uri.
  const authorize = request.protocols?.par && requestObjectMode === 'off' ? await pushedParams(test, direct) : sent.params;
  // The mock's login page: a session continues by itself; otherwise the learner signs in.
  const decision = provider.checkAuthorize(authorize);
  const result = decision.outcome === 'session' ? provider.continueSession(authorize) : provider.approve(authorize);
  if (!('location' in result)) return failed(result.error, result.description);
  // The callback URL as the browser comes back with it: the response in its query or its fragment.
  const callbackUrl = result.location;
  const response = authorizationResponseParameters(callbackUrl)!;
  const error = response.get('error');
  if (error) return failed(error, response.get('error_description') ?? '', callbackUrl);

  const client = request.protocols?.dpop ? await dpopClient(test) : bearerClient(test);
  const form = formOf({ grant_type: 'authorization_code', client_id: CLIENT_ID, code: response.get('code')!, redirect_uri: REDIRECT_URI, code_verifier: VERIFIER });
  const tokenResponse = await client.token(form);
  if (tokenResponse.status !== 200) {
    const body = tokenResponse.body as { error: string; error_description?: string };
    return { ...failed(body.error, body.error_description ?? '', callbackUrl), failure: { error: body.error as never, description: body.error_description ?? '', stage: 'token' }, exchanges: client.exchanges };
  }
  const tokens = tokenResponse.body as Record<string, unknown>;
  // The client asks userinfo as the app does, after every code exchange; a refusal is the run's failure.
  const userinfo = await client.userinfo(String(tokens.access_token));
  const refused = userinfo.status === 200 ? undefined : (userinfo.body as { error: string; error_description?: string });
  const run: CompletedRun = {
    ...pending,
    outcome: 'completed',
    tokenResponse: tokens,
    userinfo: refused ? undefined : userinfo.body,
    scopesSupported: discovery.scopes_supported,
    claimsSupported: discovery.claims_supported,
    signature: { status: 'valid', detail: 'checked by the provider tests' },
    checks: [],
    callbackUrl,
    exchanges: client.exchanges,
    ...(refused ? { failure: { error: refused.error as never, description: refused.error_description ?? '', stage: 'userinfo' as const } } : {}),
  };
  return run;
}

/**
 * The authorize parameters as the page's launch sends them with a request object (src/lib/request-object.ts):
 * signed with a key made here and registered in the mock's client settings, then read by value or
 * pushed and named by request_uri; the parameters the authorize decisions get.
 */
async function asRequestObject(provider: MockProvider, mode: RequestObjectMode, params: URLSearchParams): Promise<{ outcome: 'params'; params: URLSearchParams } | { outcome: 'error-page'; error: string; description: string }> {
  if (mode === 'off') return { outcome: 'params', params };
  const pair = (await generateKeyPair('ES256'));
  provider.configure(withRequestObjectKey(provider.settings(), { ...(await exportJWK(pair.publicKey)), alg: 'ES256' }));
  const iat = Math.floor(START_MILLIS / 1000);
  const jwt = await new SignJWT({ ...requestObjectPayload(params), iss: CLIENT_ID, aud: ISSUER, iat, exp: iat + 300 }).setProtectedHeader({ alg: 'ES256' }).sign(pair.privateKey);
  if (mode === 'value') return provider.readRequestObject(new URLSearchParams({ client_id: CLIENT_ID, response_type: 'code', request: jwt }));
  const pushed = await provider.pushRequest(new URLSearchParams({ client_id: CLIENT_ID, request: jwt }));
  const body = pushed.body as { request_uri?: string; error?: string; error_description?: string };
  if (!body.request_uri) return { outcome: 'error-page', error: body.error ?? 'server_error', description: body.error_description ?? '' };
  return { outcome: 'params', params: new URLSearchParams({ client_id: CLIENT_ID, request_uri: body.request_uri }) };
}

async function pushedParams({ provider }: TestProvider, params: URLSearchParams): Promise<URLSearchParams> {
  const answer = await provider.par(params);
  const requestUri = (answer.body as { request_uri?: string }).request_uri;
  if (answer.status !== 201 || !requestUri) throw new Error(`the PAR endpoint refused: ${JSON.stringify(answer.body)}`);
  return new URLSearchParams({ client_id: CLIENT_ID, request_uri: requestUri });
}

/** RFC 6749 §4.4: the mock's confidential client asks in its own name, then userinfo is asked, as the app does. */
async function clientCredentialsRun({ provider }: TestProvider, pending: PendingRun, scopes: readonly string[]): Promise<FlowRun> {
  const basic = `Basic ${btoa(`${MOCK_SERVICE_CLIENT.clientId}:${MOCK_SERVICE_CLIENT.secret}`)}`;
  const answer = await provider.token(new URLSearchParams({ grant_type: 'client_credentials', scope: scopes.join(' ') }), basic);
  const run = { ...pending, authorizeUrl: '', redirectUri: '', nonce: '', grant: 'client_credentials' as const };
  if (answer.status !== 200) {
    const body = answer.body as { error: string; error_description?: string };
    return { ...run, outcome: 'failed', failure: { error: body.error, description: body.error_description ?? '', stage: 'token' }, exchanges: [] };
  }
  const tokens = answer.body as Record<string, unknown>;
  const userinfo = provider.userinfo(`Bearer ${String(tokens.access_token)}`);
  const refused = userinfo.status === 200 ? undefined : (userinfo.body as { error: string; error_description?: string });
  return {
    ...run,
    outcome: 'completed',
    tokenResponse: tokens,
    userinfo: refused ? undefined : userinfo.body,
    scopesSupported: pending.discovery.scopes_supported,
    claimsSupported: pending.discovery.claims_supported,
    signature: { status: 'unverified', detail: 'no id_token' },
    checks: [],
    exchanges: [],
    ...(refused ? { failure: { error: refused.error, description: refused.error_description ?? '', stage: 'userinfo' as const } } : {}),
  };
}

/** The token and userinfo calls of a public client, recorded as the page's HTTP recorder would. */
interface RecordingClient {
  token(form: URLSearchParams): Promise<ProviderResponse>;
  userinfo(accessToken: string): Promise<ProviderResponse>;
  readonly exchanges: HttpExchange[];
}

const TOKEN_URL = `${ISSUER}/token`;
const USERINFO_URL = `${ISSUER}/userinfo`;

function record(exchanges: HttpExchange[], method: string, url: string, requestHeaders: Record<string, string>, requestBody: string | undefined, answer: ProviderResponse): ProviderResponse {
  exchanges.push({ method, url, requestHeaders, requestBody, responseHeaders: answer.headers, status: answer.status, responseText: JSON.stringify(answer.body), failure: undefined });
  return answer;
}

function bearerClient({ provider }: TestProvider): RecordingClient {
  const exchanges: HttpExchange[] = [];
  return {
    exchanges,
    token: async (form) => record(exchanges, 'POST', TOKEN_URL, {}, form.toString(), await provider.token(form)),
    userinfo: async (accessToken) => record(exchanges, 'GET', USERINFO_URL, { Authorization: 'Bearer …' }, undefined, provider.userinfo(`Bearer ${accessToken}`)),
  };
}

/**
 * RFC 9449 as the page does it (oidc-client-ts at the token endpoint, src/lib/dpop-key.ts at
 * userinfo): a key pair made here, a fresh proof per call, and one retry with the provider's nonce
 * when it answers use_dpop_nonce (§8).
 */
async function dpopClient(test: TestProvider): Promise<RecordingClient> {
  const { provider } = test;
  const pair = await generateKeyPair('ES256');
  const jwk = await exportJWK(pair.publicKey);
  const exchanges: HttpExchange[] = [];
  let nonce: string | undefined;
  const proof = (htm: string, htu: string, extra: Record<string, string> = {}) =>
    new SignJWT({ htm, htu, jti: crypto.randomUUID(), ...(nonce ? { nonce } : {}), ...extra })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
      .setIssuedAt(test.nowSeconds())
      .sign(pair.privateKey);
  const token = async (form: URLSearchParams): Promise<ProviderResponse> => {
    const sent = await proof('POST', TOKEN_URL);
    return record(exchanges, 'POST', TOKEN_URL, { DPoP: sent }, form.toString(), await provider.token(form, null, { proof: sent, method: 'POST', url: TOKEN_URL }));
  };
  return {
    exchanges,
    token: async (form) => {
      const first = await token(form);
      const asked = first.headers['DPoP-Nonce'];
      if ((first.body as { error?: string }).error !== 'use_dpop_nonce' || !asked) return first;
      nonce = asked;
      return token(form);
    },
    userinfo: async (accessToken) => {
      const sent = await proof('GET', USERINFO_URL, { ath: await accessTokenHash(accessToken) });
      return record(exchanges, 'GET', USERINFO_URL, { Authorization: 'DPoP …', DPoP: sent }, undefined, await provider.protectedUserinfo(`DPoP ${accessToken}`, undefined, { proof: sent, method: 'GET', url: USERINFO_URL }));
    },
  };
}

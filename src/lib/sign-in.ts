import { runSettingsOf } from '../domain/flow/run-settings';
import { base64url } from 'jose';
import { ErrorResponse, OidcClient, WebStorageStateStore, type CreateSigninRequestArgs, type OidcClientSettings, type OidcMetadata } from 'oidc-client-ts';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { optionalAuthorizeValues, type OptionalAuthorizeParameter } from '../domain/request/authorize-parameters';
import { compactJson } from '../domain/text/json-values';
import { isMockIssuer, requestedScopes, type ComposedRequest } from '../domain/request/composed-request';
import { REPEATABLE_PARAMETERS, parseCustomParameters } from '../domain/request/custom-parameters';
import { explainFetchFailure } from '../domain/explain/explain-fetch-failure';
import { joinScopes } from '../domain/scopes-and-claims/scope-list';
import { takeArmedFaults } from '../state/fault-switches-store';
import { SIGN_IN_STATE_PREFIX, forgetSignInsInProgress } from './tab-storage';
import { forgetPendingRun, savePendingRun, readPendingRun, saveLastRun } from './run-store';
import { appUrl } from './app-paths';
import { ROUTES } from '../domain/site/routes';
import { lessonPath } from '../domain/lessons/lesson-path';
import type { FlowError, FlowRun, LessonRunMark, PendingRun } from '../domain/flow/flow-run';
import { nowFor } from '../domain/request/run-clock';
import { withSeededRandom } from './determinism';
import { fetchDiscovery } from './discovery';
import { failureCause } from './failure-cause';
import { endpointKind, failureStageOf } from '../domain/flow/endpoint-kind';
import { parseJsonBody, type HttpExchange } from '../domain/flow/http-exchange';
import { recordExchanges } from './http-recorder';
import { devProxyRouteOf } from './dev-proxy';
import { confirmedProxyHostsFor, getDevProxyChoice } from '../state/dev-proxy-choice';
import { foreignEndpointHosts } from '../domain/provider/dev-proxy';
import { ensureMockProvider, mockIssuerFor } from './mock-provider';
import { confirmLocalServerAtCallback, readLocalServerAtLaunch } from './local-server-settings';
import { redirectUri } from './redirect-uri';
import { verifyTokenResponse } from '../domain/flow/verify-id-token';
import { fetchJwks } from './fetch-jwks';
import { checkContextOf } from '../domain/flow/check-context';
import { completedBeforeFailure } from './completed-before-failure';
import { mixUpFailure } from '../domain/flow/mix-up-failure';
import { resolveClientAuthentication, sendsSecret, type ClientAuthenticationMethod } from '../domain/provider/client-authentication';
import { CLIENT_SECRET_GONE, cancelledWaitText, type LaunchPhase } from '../domain/messages';
import { stageOfCancelledCall, waitStepOf } from '../domain/flow/wait-progress';
import { clientSecretFor } from '../state/client-secret-store';
import type { DpopKey } from './dpop-key';
import { isDeterministic } from '../domain/mock/mock-issuer';
import { writingTo, writingToAsync } from './storage-failure';
import { authorizationResponseParameters } from '../domain/protocols/response-mode';
import { beginRunSoFar, endRunSoFar, identifyRunSoFar, noteRedirect, resumeRunSoFar } from '../state/run-so-far-store';
import { observeNavigations } from './navigation';

/**
 * The one place that builds an oidc-client-ts client. Its settings are fixed once built, so it is
 * built per configuration, and rebuilt the same way on the callback.
 *
 * `discovery` is the provider's document as the playground fetched and checked it (every endpoint
 * passed the URL rule, src/domain/provider/provider-url.ts): handing it over means oidc-client-ts never
 * fetches a second copy that nobody checked.
 */
export function buildClient(
  issuer: string,
  clientId: string,
  scope: string,
  discovery: DiscoveryDocument,
  authentication: ClientAuthentication = PUBLIC_CLIENT,
  dpop?: DpopKey,
  responseMode?: 'fragment',
): OidcClient {
  const settings: OidcClientSettings = {
    authority: issuer,
    client_id: clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope,
    metadata: discovery as unknown as Partial<OidcMetadata>,
    // The PKCE code_verifier and the nonce live in this tab's session storage, never in local
    // storage (oidc-client-ts's default), and are cleared when a sign-in is abandoned or superseded.
    stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: SIGN_IN_STATE_PREFIX }),
    // Userinfo is fetched so its sub is checked against the id_token's; the raw body is recorded.
    loadUserInfo: true,
    // A confidential client: oidc-client-ts sends the secret at the token endpoint, in a Basic
    // header or in the form body (RFC 6749 §2.3.1, https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1).
    ...(authentication.method === 'none'
      ? {}
      : { client_secret: authentication.secret, client_authentication: authentication.method }),
    // RFC 9449: oidc-client-ts signs the token-endpoint proofs with the page's key and retries on
    // use_dpop_nonce; it would send userinfo as Bearer, which a DPoP-bound token is refused as
    // (§7.1), so the playground calls userinfo itself (fetchWithDpop).
    ...(dpop ? { dpop: { store: dpop.storeFor(clientId) }, loadUserInfo: false } : {}),
    // response_mode=fragment: oidc-client-ts sends it and reads the response after # on the callback.
    ...(responseMode ? { response_mode: responseMode } : {}),
  };
  return new OidcClient(settings);
}

/** A client's authentication: a public client, or a method with the secret from the tab's memory. */
export type ClientAuthentication =
  | { readonly method: 'none' }
  | { readonly method: Exclude<ClientAuthenticationMethod, 'none'>; readonly secret: string };

const PUBLIC_CLIENT: ClientAuthentication = { method: 'none' };

/** Raised when a call needs the client secret and the tab's memory no longer holds it. */
export class ClientSecretMissingError extends Error {
  constructor() {
    super(CLIENT_SECRET_GONE);
  }
}

/** The authentication of a run's client: its method, with the secret from memory. */
export function authenticationOf(run: Pick<PendingRun, 'clientAuthentication' | 'issuer' | 'request'>): ClientAuthentication {
  const method = run.clientAuthentication ?? 'none';
  if (method === 'none') return PUBLIC_CLIENT;
  const secret = clientSecretFor(run.issuer, run.request.clientId);
  if (secret === undefined) throw new ClientSecretMissingError();
  return { method, secret };
}

/**
 * On /callback: the sign-in this callback answers needs a client secret that the tab's memory does
 * not hold (the provider's sign-in was a full page load, which forgets it). Returns whom to ask for.
 */
export function secretNeededAtCallback(callbackUrl: string): { readonly issuer: string; readonly clientId: string; readonly method: ClientAuthenticationMethod } | undefined {
  const stateId = authorizationResponseParameters(callbackUrl)?.get('state');
  const pending = stateId ? readPendingRun(stateId) : undefined;
  if (!pending?.clientAuthentication || !sendsSecret(pending.clientAuthentication)) return undefined;
  return { issuer: pending.issuer, clientId: pending.request.clientId, method: pending.clientAuthentication };
}

export interface LaunchedSignIn {
  /** Where to send the browser: the provider's authorize endpoint with the request (the results, for a run with no redirect). */
  readonly url: string;
  /**
   * The run's id: the sign-in's state, which is not in `url` when it travels in a pushed request or a
   * request object (RFC 9126, RFC 9101); for a client credentials run, already done, its own id.
   */
  readonly state: string;
}

export async function startSignIn(request: ComposedRequest, options: { scenarioId?: string; lesson?: LessonRunMark; onPhase?: (phase: LaunchPhase) => void } = {}): Promise<LaunchedSignIn> {
  // RFC 6749 §4.4: no browser redirect; the run is complete when the token endpoint has answered.
  if (request.protocols?.clientCredentials) {
    const { runClientCredentials } = await import('./client-credentials');
    const run = await runClientCredentials(request, options);
    saveLastRun(run);
    const route = run.lesson ? lessonPath(run.lesson.id) : ROUTES.results;
    return { url: `${appUrl(ROUTES.compose).replace(/\/$/, '')}${route}`, state: run.id };
  }
  // Parsed once, here: the run is explained against these values, whatever the texts become.
  const settings = runSettingsOf(request);
  if (settings.outcome === 'refused') throw new Error(settings.problems.join(' '));
  const mock = isMockIssuer(request.issuer);
  if (mock) options.onPhase?.('mock-provider');
  const provider = mock ? await ensureMockProvider() : undefined;
  if (provider) {
    // The tab's own settings and faults: in this tab's session storage.
    writingTo('session', 'launch', () => {
      provider.configure(request.mock);
      // Fault switches fire once: the provider now holds them, so their store lets them go.
      provider.armFaults(takeArmedFaults());
    });
  }
  // The mock's identifier is origin-free in deterministic mode; its document is where it lives.
  const { issuer, discoveryAt } = mock ? mockIssuerFor(request.mock) : { issuer: request.issuer.trim(), discoveryAt: undefined };
  // One sign-in at a time per tab: a new launch supersedes any sign-in left unfinished.
  forgetSignInsInProgress();
  const scopes = requestedScopes(request);
  const claims = compactJson(request.claimsText);
  beginRunSoFar({ requestedScopes: scopes, claimsText: request.claimsText, redirectUri: redirectUri() });
  // The run so far follows the redirects to the provider and back (a no-op once it has ended).
  observeNavigations(noteRedirect);
  const started = await withSeededRandom(request, () => recordExchanges(async () => {
    // Discovery is fetched and checked here, once, for the mock as for a real provider.
    options.onPhase?.('discovery');
    const discovery = await fetchDiscovery(issuer, { at: discoveryAt });
    if (discovery.outcome === 'failed') throw new Error(discovery.message);
    const client = buildClient(issuer, request.clientId, joinScopes(scopes), discovery.document, undefined, undefined, responseModeOf(request));
    const authentication = mock
      ? undefined
      : resolveClientAuthentication(request.clientAuthentication, discovery.document.token_endpoint_auth_methods_supported, request.confidential);
    // oidc-client-ts sends no nonce by itself; with one it also checks the id_token's nonce.
    const nonce = base64url.encode(crypto.getRandomValues(new Uint8Array(24)));
    const signin = await writingToAsync('session', 'launch', () => client.createSigninRequest({
      nonce,
      ...signinArguments(request),
      extraQueryParams: extraParameters(request, claims),
    }));
    const builtUrl = withRepeatedParameters(signin.url, request);
    // RFC 9101: with a request object, the parameters travel inside a JWT the page signs (request-object.ts).
    const choice = request.protocols?.requestObject;
    // Its code (signing, keys) loads only for a run that uses it (issue 29).
    const fullUrl = choice && choice.mode !== 'off' ? await (await import('./request-object')).withRequestObject({
      choice,
      authorizeUrl: builtUrl,
      clientId: request.clientId,
      issuer,
      discovery: discovery.document,
      confidential: !mock && request.confidential,
      deterministic: mock && isDeterministic(request.mock),
      nowMillis: nowFor(request),
      register: provider ? (jwk) => writingTo('session', 'launch', () => provider.registerRequestObjectKey(jwk)) : undefined,
    }) : builtUrl;
    // RFC 9126: with PAR on (or a request object by reference), the parameters travel in a POST and the browser carries a reference.
    const authorizeUrl = request.protocols?.par || request.protocols?.requestObject?.mode === 'reference'
      ? await (await import('./pushed-request')).pushAuthorizeRequest(discovery.document, fullUrl, request.clientId, authentication && authentication.method !== 'none' ? authenticationOf({ clientAuthentication: authentication.method, issuer, request }) : PUBLIC_CLIENT)
      : fullUrl;
    return { signin, nonce, authorizeUrl, discovery: discovery.document, clientAuthentication: authentication?.method };
  }, { live: true }));
  if ('error' in started) {
    endRunSoFar();
    throw started.error;
  }
  const { signin, nonce, authorizeUrl, discovery, clientAuthentication } = started.result;
  identifyRunSoFar(signin.state.id, discovery);
  // The playground's mock as a local server says its settings, so the run is explained as a mock run.
  const localServer = mock ? undefined : await readLocalServerAtLaunch(issuer, discovery);
  // The sign-in runs with the settings it was launched with, whatever another tab configures next.
  if (provider) writingTo('local', 'mock-provider', () => provider.bindLaunch(signin.state.id, request.mock));
  const pending: PendingRun = {
    id: signin.state.id,
    startedAt: new Date(nowFor(request)).toISOString(),
    request,
    settings: localServer ? { ...settings.settings, localServer } : settings.settings,
    issuer,
    redirectUri: redirectUri(),
    requestedScopes: scopes,
    authorizeUrl,
    nonce,
    discovery,
    scenarioId: options.scenarioId,
    ...(options.lesson ? { lesson: options.lesson } : {}),
    startExchanges: started.exchanges,
    ...(clientAuthentication && clientAuthentication !== 'none' ? { clientAuthentication } : {}),
    // Only a real provider, only on the dev server, only when the person opted in.
    ...(!mock && import.meta.env.DEV && getDevProxyChoice() ? { devProxy: true, devProxyHosts: confirmedHostsOf(issuer, discovery) } : {}),
  };
  writingTo('session', 'launch', () => savePendingRun(signin.state.id, pending));
  return { url: authorizeUrl, state: signin.state.id };
}

/** The other hosts the person confirmed for this issuer that this discovery document still names: confirmations of hosts it no longer lists lapse. */
function confirmedHostsOf(issuer: string, discovery: DiscoveryDocument): string[] {
  const confirmed = confirmedProxyHostsFor(issuer);
  return foreignEndpointHosts(issuer, discovery).filter((host) => confirmed.includes(host));
}

/** Finishes the flow on /callback: exchange, userinfo, verification. Every failure becomes a failed run. */
export async function completeSignIn(callbackUrl: string): Promise<FlowRun> {
  try {
    return await redeem(callbackUrl);
  } finally {
    // The run is done, whichever way: its results (or the callback's error) take over from the live caption.
    endRunSoFar();
  }
}

async function redeem(callbackUrl: string): Promise<FlowRun> {
  // The state is in the query, or after # with response_mode=fragment.
  const stateId = authorizationResponseParameters(callbackUrl)?.get('state');
  const pending = stateId ? readPendingRun(stateId) : undefined;
  if (stateId && pending) resumeRunSoFar(stateId, callbackUrl);
  if (!stateId || !pending) {
    // RFC 9700 §4.7.1: a response that cannot be bound to a request this tab made is not redeemed;
    // and the tab's PKCE verifier and nonce can no longer serve any callback, so they go now rather
    // than waiting for a return to the compose screen. https://www.rfc-editor.org/rfc/rfc9700#section-4.7.1
    forgetSignInsInProgress();
    throw new CallbackError(
      stateId
        ? 'This callback’s state matches no sign-in started in this browser tab (it may have been used already, or started in another tab).'
        : 'The callback URL has no state parameter, so it cannot be matched to a sign-in. Start again from the compose screen.',
    );
  }
  // RFC 9207 §2.4: an authorization response from another issuer must not be redeemed.
  const mixUp = mixUpFailure(callbackUrl, pending.issuer);
  if (mixUp) {
    forgetPendingRun(stateId);
    return { ...pending, callbackUrl, outcome: 'failed', failure: mixUp, exchanges: [] };
  }
  if (isMockIssuer(pending.request.issuer)) await ensureMockProvider();
  // The callback screen asks for a missing secret before calling this; the pending run stays until it is given.
  const authentication = authenticationOf(pending);
  const dpop = await dpopKeyOf(pending);
  const client = buildClient(pending.issuer, pending.request.clientId, joinScopes(pending.requestedScopes), pending.discovery, authentication, dpop, responseModeOf(pending.request));

  // Discovery was fetched and checked once, at launch. The JWKS is fetched alongside
  // oidc-client-ts's userinfo call, right after it is sent, rather than after its answer.
  let jwksRequest: Promise<unknown> | undefined;
  // As fetch() spells it (a Request's URL is normalised), so the comparison below can match.
  const userinfoUrl = pending.discovery.userinfo_endpoint && new URL(pending.discovery.userinfo_endpoint).href;
  const jwksOnce = () => (jwksRequest ??= fetchJwks(pending.discovery.jwks_uri));
  const recorded = await recordExchanges(
    async () => {
      try {
        const response = await client.processSigninResponse(callbackUrl);
        const metadata = await client.metadataService.getMetadata();
        if (dpop && metadata.userinfo_endpoint && response.access_token) await dpop.fetch(metadata.userinfo_endpoint, response.access_token, response.token_type);
        const jwks = await jwksOnce();
        const { signature, checks } = await verifyTokenResponse(
          { idToken: response.id_token, accessToken: response.access_token },
          {
            issuer: pending.issuer,
            clientId: pending.request.clientId,
            nonce: pending.nonce,
            nowSeconds: Math.floor(nowFor(pending.request) / 1000),
            ...checkContextOf(pending, callbackUrl, metadata, jwks),
          },
        );
        return { metadata, signature, checks, jwks };
      } finally {
        // A failure elsewhere must not leave the JWKS call answering into a finished record.
        await jwksRequest;
      }
    },
    {
      onSend: (url) => {
        if (url === userinfoUrl) void jwksOnce();
      },
      proxy: devProxyRouteOf(pending),
      live: true,
    },
  );
  forgetPendingRun(stateId);

  const { exchanges } = recorded;
  // The local mock server's settings, if they still are those read at launch (local-server-settings.ts).
  const localServer = await confirmLocalServerAtCallback(pending.issuer, pending.discovery, pending.settings.localServer);
  const run = { ...pending, callbackUrl, settings: { ...pending.settings, ...(localServer ? { localServer } : {}) } };
  // Cancelled from the status line: a failed run that says where it stopped, whatever had come back.
  if (exchanges.some((e) => e.cancelledAfterMs !== undefined)) {
    return { ...run, outcome: 'failed', failure: await describeFailure(undefined, exchanges), exchanges };
  }
  if ('error' in recorded) {
    const failure = await describeFailure(recorded.error, exchanges);
    return (await completedBeforeFailure(client, run, failure, exchanges)) ?? { ...run, outcome: 'failed', failure, exchanges };
  }
  const { metadata, signature, checks, jwks } = recorded.result;
  // The last call to each: a DPoP nonce retry (RFC 9449 §8) makes two, the first refused.
  const tokenExchange = exchanges.findLast((e) => e.url === metadata.token_endpoint);
  const userinfoExchange = exchanges.findLast((e) => e.url === metadata.userinfo_endpoint);
  return {
    ...run,
    outcome: 'completed',
    jwks,
    tokenResponse: (parseJsonBody(tokenExchange) ?? {}) as Record<string, unknown>,
    userinfo: parseJsonBody(userinfoExchange),
    scopesSupported: metadata.scopes_supported,
    claimsSupported: metadata.claims_supported,
    signature,
    checks,
    exchanges,
  };
}

export class CallbackError extends Error {}

/**
 * The page's DPoP key for a run with the DPoP switch on (derived from the seed in deterministic mode).
 * Its code (key pair, proofs, jose's signing) loads only then: a run without DPoP, the default,
 * does not compile it before its payload shows (issue 29).
 */
export async function dpopKeyOf(run: Pick<PendingRun, 'request'>): Promise<DpopKey | undefined> {
  if (!run.request.protocols?.dpop) return undefined;
  return (await import('./dpop-key')).dpopKey(isMockIssuer(run.request.issuer) && isDeterministic(run.request.mock) ? run.request.mock.seed : undefined);
}

/** The fragment switch (OAuth 2.0 Multiple Response Type Encoding Practices §2.1); the query is the default. */
function responseModeOf(request: ComposedRequest): 'fragment' | undefined {
  return request.protocols?.fragment ? 'fragment' : undefined;
}

function extraParameters(request: ComposedRequest, claims: string | undefined): Record<string, string> {
  const custom = parseCustomParameters(request.customParams);
  const single = custom.outcome === 'valid' ? custom.parameters.filter(([name]) => !REPEATABLE_PARAMETERS.includes(name)) : [];
  return {
    ...Object.fromEntries(single),
    // The claims parameter travels as an extra query parameter (oidc-client-ts has no setting for it).
    ...(claims ? { claims } : {}),
  };
}

/** oidc-client-ts takes one value per extra parameter; RFC 8707 `resource` may repeat, so it is appended here. */
/** The optional fields as oidc-client-ts's arguments, which carry the parameters' own names. */
function signinArguments(request: ComposedRequest): Pick<CreateSigninRequestArgs, OptionalAuthorizeParameter> {
  const values: Partial<Record<OptionalAuthorizeParameter, string>> = Object.fromEntries(optionalAuthorizeValues(request));
  return { ...values, max_age: values.max_age === undefined ? undefined : Number(values.max_age) };
}

function withRepeatedParameters(url: string, request: ComposedRequest): string {
  const custom = parseCustomParameters(request.customParams);
  if (custom.outcome !== 'valid') return url;
  const repeated = custom.parameters.filter(([name]) => REPEATABLE_PARAMETERS.includes(name));
  if (repeated.length === 0) return url;
  const withAll = new URL(url);
  for (const [name, value] of repeated) withAll.searchParams.append(name, value);
  return withAll.toString();
}

async function describeFailure(error: unknown, exchanges: readonly HttpExchange[]): Promise<FlowError> {
  const failed = [...exchanges].reverse().find((e) => e.refusal || e.failure || (e.status ?? 0) >= 400);
  const stage = failed ? failureStageOf(endpointKind(failed.url)) : 'authorize';
  const cancelled = exchanges.find((e) => e.cancelledAfterMs !== undefined);
  if (cancelled?.cancelledAfterMs !== undefined) {
    const description = cancelledWaitText(waitStepOf({ url: cancelled.url, body: cancelled.requestBody }), cancelled.url, cancelled.cancelledAfterMs);
    return { error: 'cancelled', description, stage: stageOfCancelledCall(cancelled.url) };
  }
  if (failed?.refusal) return { error: 'refused_by_playground', description: failed.refusal, stage };
  // oidc-client-ts raises an ErrorResponse for an OAuth error, whether it came to the callback or from an endpoint.
  if (error instanceof ErrorResponse && error.error) return { error: error.error, description: error.error_description ?? '', stage };
  if (failed?.failure) {
    // CORS or the network: the browser does not say which; a no-cors probe does.
    const endpoint = endpointKind(failed.url);
    const cause = await failureCause(failed.url);
    const devProxyAvailable = import.meta.env.DEV && !failed.viaProxy;
    return { ...explainFetchFailure({ url: failed.url, endpoint: endpoint === 'other' ? 'provider' : endpoint, appOrigin: window.location.origin, cause, devProxyAvailable }), stage };
  }
  if (failed) return { error: `http_${failed.status}`, description: `${failed.url} answered ${failed.status}: ${failed.responseText ?? ''}`.trim(), stage };
  return { error: 'client_error', description: error instanceof Error ? error.message : String(error), stage: 'verification' };
}

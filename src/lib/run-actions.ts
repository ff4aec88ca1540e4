import { decodeJwt } from 'jose';
import { markSignOut } from './sign-out-mark';
import { ErrorResponse, type RefreshState } from 'oidc-client-ts';
import { joinScopes } from '../domain/scopes-and-claims/scope-list';
import { isMockIssuer } from '../domain/request/composed-request';
import { explainFetchFailure } from '../domain/explain/explain-fetch-failure';
import { ROUTES } from '../domain/site/routes';
import { appUrl } from './app-paths';
import { nowFor } from '../domain/request/run-clock';
import { saveLastRun } from './run-store';
import type { CompletedRun, FlowRun } from '../domain/flow/flow-run';
import { parseJsonBody } from '../domain/flow/http-exchange';
import { RefusedCallError, recordExchanges } from './http-recorder';
import { devProxyRouteOf } from './dev-proxy';
import { failureCause } from './failure-cause';
import { ensureMockProvider } from './mock-provider';
import { authenticationOf, buildClient, dpopKeyOf, type ClientAuthentication } from './sign-in';
import { verifyTokenResponse } from '../domain/flow/verify-id-token';
import { fetchJwks } from './fetch-jwks';
import { MOCK_SERVICE_CLIENT, mockServiceClientMethod } from '../domain/protocols/client-credentials';

/**
 * Who the run's later calls go out as. A client credentials run on the mock was made by the mock's
 * confidential client (src/lib/client-credentials.ts), not the composed public one: its token is
 * introspected and revoked by that client, with its published secret (RFC 7662 §2.1, RFC 7009 §2.1).
 */
function callerOf(run: FlowRun): { readonly clientId: string; readonly authentication: () => ClientAuthentication } {
  if (run.grant === 'client_credentials' && isMockIssuer(run.request.issuer)) {
    const method = mockServiceClientMethod(run.request.clientAuthentication);
    return { clientId: MOCK_SERVICE_CLIENT.clientId, authentication: () => ({ method, secret: MOCK_SERVICE_CLIENT.secret }) };
  }
  return { clientId: run.request.clientId, authentication: () => authenticationOf(run) };
}

/** The run's client; `needsNoSecret` for calls that carry no client authentication (RP-initiated logout). */
async function clientFor(run: FlowRun, { needsNoSecret = false } = {}) {
  if (isMockIssuer(run.request.issuer)) await ensureMockProvider();
  const caller = callerOf(run);
  const authentication = needsNoSecret ? undefined : caller.authentication();
  // RFC 9449 §5: a DPoP-bound refresh token is refreshed with a proof of the same key.
  return buildClient(run.issuer, caller.clientId, joinScopes(run.requestedScopes), run.discovery, authentication, await dpopKeyOf(run));
}

/**
 * Refresh grant through oidc-client-ts (it checks the new id_token keeps iss, sub and aud),
 * then the same jose verification as the first id_token. Returns the run with the new tokens.
 */
export async function refreshRun(run: CompletedRun): Promise<CompletedRun> {
  const refreshToken = run.tokenResponse.refresh_token;
  if (typeof refreshToken !== 'string') throw new Error('This run has no refresh token to use.');
  const idToken = typeof run.tokenResponse.id_token === 'string' ? run.tokenResponse.id_token : undefined;
  const client = await clientFor(run);
  const recorded = await recordExchanges(async () => {
    // RefreshState is only a type in oidc-client-ts's bundle; it reads these fields.
    const state = {
      refresh_token: refreshToken,
      id_token: idToken,
      session_state: null,
      scope: typeof run.tokenResponse.scope === 'string' ? run.tokenResponse.scope : undefined,
      profile: idToken ? decodeJwt(idToken) : { sub: '' },
    } as unknown as RefreshState;
    const response = await client.useRefreshToken({ state });
    const metadata = await client.metadataService.getMetadata();
    const jwks = await fetchJwks(metadata.jwks_uri);
    return { response, metadata, jwks };
  }, { proxy: devProxyRouteOf(run) });
  if ('error' in recorded) {
    const failure = recorded.error;
    if (failure instanceof ErrorResponse && failure.error) throw new Error(`${failure.error}: ${failure.error_description ?? ''}`);
    throw failure instanceof Error ? failure : new Error(String(failure));
  }
  const { response, metadata, jwks } = recorded.result;
  // The last token call: a DPoP nonce retry (RFC 9449 §8) makes two.
  const tokenExchange = recorded.exchanges.findLast((e) => e.url === metadata.token_endpoint);
  const tokenResponse = (parseJsonBody(tokenExchange) ?? {}) as Record<string, unknown>;
  // OIDC Core §12.2: a refresh may return no new id_token; the earlier verification then still stands.
  const verified = response.id_token
    ? await verifyTokenResponse(
        { idToken: response.id_token, accessToken: response.access_token },
        {
          issuer: run.issuer,
          clientId: run.request.clientId,
          // §12.2: a refreshed id_token need not carry the nonce; if it does, it is the original one.
          nonce: run.nonce,
          refreshed: true,
          nowSeconds: Math.floor(nowFor(run.request) / 1000),
          jwks,
        },
      )
    : { signature: run.signature, checks: run.checks };
  const next: CompletedRun = {
    ...run,
    tokenResponse,
    ...verified,
    actions: [...(run.actions ?? []), { kind: 'refresh', exchanges: recorded.exchanges }],
    refreshCount: (run.refreshCount ?? 0) + 1,
  };
  saveLastRun(next);
  return next;
}

/**
 * RFC 7662 introspection of the access token, when the provider publishes the endpoint
 * (https://www.rfc-editor.org/rfc/rfc7662#section-2.1). The call is recorded into the run, so the
 * sequence diagram shows it under "Introspect".
 */
export async function introspectAccessToken(run: CompletedRun): Promise<{ body: unknown; run: CompletedRun }> {
  const client = await clientFor(run, { needsNoSecret: true });
  const metadata = await client.metadataService.getMetadata();
  const endpoint = (metadata as { introspection_endpoint?: string }).introspection_endpoint;
  if (!endpoint) throw new Error('This provider publishes no introspection_endpoint in its discovery document.');
  const caller = callerOf(run);
  const body = new URLSearchParams({ token: String(run.tokenResponse.access_token ?? ''), token_type_hint: 'access_token', client_id: caller.clientId });
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  // RFC 7662 §2.1 (https://www.rfc-editor.org/rfc/rfc7662#section-2.1): the caller authenticates the
  // same way as at the token endpoint. It sends no DPoP proof: RFC 9449 defines none for
  // introspection, whose answer names the token's key instead (cnf.jkt, §6.2).
  authenticateCall(caller.authentication(), caller.clientId, headers, body);
  // The recorder sends it through the local proxy when the run opted in (RFC 7662 endpoints are among the four it forwards).
  const recorded = await recordExchanges(() => fetch(endpoint, { method: 'POST', headers, body }), { proxy: devProxyRouteOf(run) });
  const next: CompletedRun = { ...run, actions: [...(run.actions ?? []), { kind: 'introspect', exchanges: recorded.exchanges }] };
  saveLastRun(next);
  if ('error' in recorded) {
    if (recorded.error instanceof RefusedCallError) throw new ActionError(recorded.error.message, next);
    // No answer: CORS or the network, told apart by a no-cors probe.
    const explained = explainFetchFailure({ url: endpoint, endpoint: 'introspection', appOrigin: window.location.origin, cause: await failureCause(endpoint) });
    throw new ActionError(`${explained.error}: ${explained.description}`, next);
  }
  const response = recorded.result;
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ActionError(`The introspection endpoint answered ${response.status}: ${JSON.stringify(answer)}`, next);
  return { body: answer, run: next };
}

/**
 * Adds the client's credentials to a call that is not oidc-client-ts's (introspection), the way
 * oidc-client-ts adds them at the token endpoint: client_secret_post puts `client_secret` in the form
 * body; client_secret_basic sends `Authorization: Basic base64(client_id:client_secret)`, built from
 * the UTF-8 bytes exactly as oidc-client-ts's CryptoUtils.generateBasicAuth builds it.
 */
function authenticateCall(authentication: ClientAuthentication, clientId: string, headers: Record<string, string>, body: URLSearchParams): void {
  if (authentication.method === 'client_secret_post') body.set('client_secret', authentication.secret);
  if (authentication.method === 'client_secret_basic') {
    const bytes = new TextEncoder().encode(`${clientId}:${authentication.secret}`);
    headers.Authorization = `Basic ${btoa(String.fromCharCode(...bytes))}`;
  }
}

/**
 * RFC 7009 revocation of the access token through oidc-client-ts
 * (https://www.rfc-editor.org/rfc/rfc7009#section-2.1): the provider answers 200 whether or not it
 * knew the token, so introspecting afterwards is what shows the effect. Recorded into the run.
 * No DPoP proof: RFC 9449 defines them for the token endpoint (§5) and protected resources (§7) only.
 */
export async function revokeAccessToken(run: CompletedRun): Promise<CompletedRun> {
  if (!run.discovery.revocation_endpoint) throw new Error('This provider publishes no revocation_endpoint in its discovery document.');
  const client = await clientFor(run);
  const recorded = await recordExchanges(() => client.revokeToken(String(run.tokenResponse.access_token ?? ''), 'access_token'), { proxy: devProxyRouteOf(run) });
  const next: CompletedRun = { ...run, actions: [...(run.actions ?? []), { kind: 'revoke', exchanges: recorded.exchanges }] };
  saveLastRun(next);
  if ('error' in recorded) {
    const failure = recorded.error;
    throw new ActionError(failure instanceof ErrorResponse && failure.error ? `${failure.error}: ${failure.error_description ?? ''}` : String(failure instanceof Error ? failure.message : failure), next);
  }
  return next;
}

/** An action that failed after its calls were recorded: `run` holds them, for the sequence diagram. */
export class ActionError extends Error {
  readonly run: CompletedRun;
  constructor(message: string, run: CompletedRun) {
    super(message);
    this.run = run;
  }
}

/** Where RP-initiated logout comes back to: `/signed-out` under the base path. */
function signedOutUri(): string {
  return appUrl(ROUTES.signedOut);
}

/** RP-initiated logout: the end-session URL with id_token_hint, post_logout_redirect_uri and a state. */
export async function signOutUrl(run: CompletedRun): Promise<string> {
  const client = await clientFor(run, { needsNoSecret: true });
  const idToken = typeof run.tokenResponse.id_token === 'string' ? run.tokenResponse.id_token : undefined;
  const request = await client.createSignoutRequest({
    id_token_hint: idToken,
    client_id: run.request.clientId,
    post_logout_redirect_uri: signedOutUri(),
    state: { from: 'results' },
  });
  markSignOut(request.state?.id);
  // The browser leaves for the end-session endpoint; the run keeps the request for the diagram.
  saveLastRun({ ...run, actions: [...(run.actions ?? []), { kind: 'sign-out', exchanges: [], navigation: request.url }] });
  return request.url;
}

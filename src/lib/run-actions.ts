import { decodeJwt } from 'jose';
import { markSignOut } from './sign-out-mark';
import { ErrorResponse, type RefreshState } from 'oidc-client-ts';
import { joinScopes } from '../domain/scope-list';
import { isMockIssuer } from '../domain/composed-request';
import { explainFetchFailure } from '../domain/explain-fetch-failure';
import { ROUTES } from '../domain/routes';
import { appUrl } from './app-paths';
import { nowFor } from '../domain/run-clock';
import { saveLastRun } from './run-store';
import type { CompletedRun, FlowRun } from '../domain/flow-run';
import { parseJsonBody } from '../domain/http-exchange';
import { recordExchanges } from './http-recorder';
import { devProxyRouteOf, fetchForRun } from './dev-proxy';
import { failureCause } from './failure-cause';
import { ensureMockProvider } from './mock-provider';
import { buildClient } from './sign-in';
import { verifyTokenResponse } from '../domain/verify-id-token';
import { fetchJwks } from './fetch-jwks';

async function clientFor(run: FlowRun) {
  if (isMockIssuer(run.request.issuer)) await ensureMockProvider();
  return buildClient(run.issuer, run.request.clientId, joinScopes(run.requestedScopes), run.discovery);
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
  const tokenExchange = recorded.exchanges.find((e) => e.url === metadata.token_endpoint);
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
    exchanges: [...run.exchanges, ...recorded.exchanges],
    refreshCount: (run.refreshCount ?? 0) + 1,
  };
  saveLastRun(next);
  return next;
}

/** RFC 7662 introspection of the access token, when the provider publishes the endpoint. */
export async function introspectAccessToken(run: CompletedRun): Promise<unknown> {
  const client = await clientFor(run);
  const metadata = await client.metadataService.getMetadata();
  const endpoint = (metadata as { introspection_endpoint?: string }).introspection_endpoint;
  if (!endpoint) throw new Error('This provider publishes no introspection_endpoint in its discovery document.');
  const response = await fetchForRun(run, endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: String(run.tokenResponse.access_token ?? ''), token_type_hint: 'access_token', client_id: run.request.clientId }),
  }).catch(async () => {
    // No answer: CORS or the network, told apart by a no-cors probe.
    const explained = explainFetchFailure({ url: endpoint, endpoint: 'introspection', appOrigin: window.location.origin, cause: await failureCause(endpoint) });
    throw new Error(`${explained.error}: ${explained.description}`);
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`The introspection endpoint answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/** Where RP-initiated logout comes back to: `/signed-out` under the base path. */
function signedOutUri(): string {
  return appUrl(ROUTES.signedOut);
}

/** RP-initiated logout: the end-session URL with id_token_hint, post_logout_redirect_uri and a state. */
export async function signOutUrl(run: CompletedRun): Promise<string> {
  const client = await clientFor(run);
  const idToken = typeof run.tokenResponse.id_token === 'string' ? run.tokenResponse.id_token : undefined;
  const request = await client.createSignoutRequest({
    id_token_hint: idToken,
    client_id: run.request.clientId,
    post_logout_redirect_uri: signedOutUri(),
    state: { from: 'results' },
  });
  markSignOut(request.state?.id);
  return request.url;
}

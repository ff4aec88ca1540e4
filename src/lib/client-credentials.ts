import { runSettingsOf } from '../domain/flow/run-settings';
import type { FlowError, FlowRun, LessonRunMark } from '../domain/flow/flow-run';
import { parseJsonBody, type HttpExchange } from '../domain/flow/http-exchange';
import type { LaunchPhase } from '../domain/messages';
import { CLIENT_CREDENTIALS_NEEDS_SECRET, CLIENT_CREDENTIALS_NO_ID_TOKEN, CLIENT_CREDENTIALS_NO_TOKEN_ENDPOINT, CLIENT_CREDENTIALS_NOT_OFFERED } from '../domain/messages/client-credentials-messages';
import { isDeterministic } from '../domain/mock/mock-issuer';
import { MOCK_SERVICE_CLIENT, mockServiceClientMethod, offersClientCredentials } from '../domain/protocols/client-credentials';
import { resolveClientAuthentication, type ClientAuthenticationMethod } from '../domain/provider/client-authentication';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { isMockIssuer, requestedScopes, type ComposedRequest } from '../domain/request/composed-request';
import { nowFor } from '../domain/request/run-clock';
import { joinScopes } from '../domain/scopes-and-claims/scope-list';
import { clientSecretFor } from '../state/client-secret-store';
import { takeArmedFaults } from '../state/fault-switches-store';
import { fetchDiscovery } from './discovery';
import { dpopKeyPair, fetchResource, postTokenWithDpop } from './dpop-key';
import { fetchJwks } from './fetch-jwks';
import { recordExchanges } from './http-recorder';
import { ensureMockProvider, mockIssuerFor } from './mock-provider';
import { writingTo } from './storage-failure';

/**
 * The client credentials grant (RFC 6749 §4.4, https://www.rfc-editor.org/rfc/rfc6749#section-4.4):
 * no browser redirect and no code. The page POSTs grant_type=client_credentials to the token
 * endpoint as a confidential client (its secret in a Basic header or the body, §2.3.1; the recorder
 * withholds it from every record), then shows the userinfo endpoint's refusal, since the token stands
 * for no user. On the mock, its confidential client (MOCK_SERVICE_CLIENT) is used.
 */
export async function runClientCredentials(request: ComposedRequest, options: { scenarioId?: string; lesson?: LessonRunMark; onPhase?: (phase: LaunchPhase) => void }): Promise<FlowRun> {
  const settings = runSettingsOf(request);
  if (settings.outcome === 'refused') throw new Error(settings.problems.join(' '));
  const mock = isMockIssuer(request.issuer);
  if (mock) {
    options.onPhase?.('mock-provider');
    const provider = await ensureMockProvider();
    writingTo('session', 'launch', () => {
      provider.configure(request.mock);
      provider.armFaults(takeArmedFaults());
    });
  }
  const { issuer, discoveryAt } = mock ? mockIssuerFor(request.mock) : { issuer: request.issuer.trim(), discoveryAt: undefined };
  const scopes = requestedScopes(request);
  const dpop = request.protocols?.dpop ? await dpopKeyPair(mock && isDeterministic(request.mock) ? request.mock.seed : undefined) : undefined;
  options.onPhase?.('discovery');
  const start = await recordExchanges(async () => {
    const discovery = await fetchDiscovery(issuer, { at: discoveryAt });
    if (discovery.outcome === 'failed') throw new Error(discovery.message);
    return discovery.document;
  });
  if ('error' in start) throw start.error;
  const discovery = start.result;
  if (!offersClientCredentials(discovery.grant_types_supported)) throw new Error(CLIENT_CREDENTIALS_NOT_OFFERED);
  if (!discovery.token_endpoint) throw new Error(CLIENT_CREDENTIALS_NO_TOKEN_ENDPOINT);
  const client = clientOf(request, mock, issuer, discovery);
  const tokenEndpoint = discovery.token_endpoint;

  options.onPhase?.('token-endpoint');
  const recorded = await recordExchanges(async () => {
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scopes.length > 0) body.set('scope', joinScopes(scopes));
    const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (client.method === 'client_secret_basic') {
      // RFC 6749 §2.3.1: both halves form-encoded before Basic.
      headers.Authorization = `Basic ${btoa(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.secret)}`)}`;
    } else {
      body.set('client_id', client.clientId);
      body.set('client_secret', client.secret);
    }
    const tokenAnswer = dpop ? await postTokenWithDpop(tokenEndpoint, body.toString(), headers, dpop) : await fetch(tokenEndpoint, { method: 'POST', headers, body: body.toString() });
    const tokenResponse = (await tokenAnswer.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    const accessToken = tokenAnswer.ok && typeof tokenResponse?.access_token === 'string' ? tokenResponse.access_token : undefined;
    if (!accessToken) return { tokenResponse, status: tokenAnswer.status, jwks: undefined };
    // The token stands for no user: userinfo is asked anyway, so the results show its refusal.
    const userinfo = discovery.userinfo_endpoint
      ? dpop
        ? fetchResource(discovery.userinfo_endpoint, accessToken, tokenResponse?.token_type, dpop)
        : fetch(discovery.userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } })
      : undefined;
    // The JWKS verifies a JWT access token (RFC 9068 §4).
    const [jwks] = await Promise.all([fetchJwks(discovery.jwks_uri), userinfo?.catch(() => undefined)]);
    return { tokenResponse, status: tokenAnswer.status, jwks };
  });
  const pending = {
    id: crypto.randomUUID(),
    startedAt: new Date(nowFor(request)).toISOString(),
    request,
    settings: settings.settings,
    issuer,
    // No redirect (§4.4): the run has no redirect URI, no authorize URL and no nonce.
    redirectUri: '',
    requestedScopes: scopes,
    authorizeUrl: '',
    nonce: '',
    discovery,
    scenarioId: options.scenarioId,
    ...(options.lesson ? { lesson: options.lesson } : {}),
    startExchanges: start.exchanges,
    clientAuthentication: client.method,
    grant: 'client_credentials' as const,
  };
  const { exchanges } = recorded;
  if ('error' in recorded) return { ...pending, outcome: 'failed', failure: { error: 'client_error', description: String(recorded.error), stage: 'token' }, exchanges };
  const { tokenResponse, status, jwks } = recorded.result;
  if (status !== 200 || !tokenResponse || typeof tokenResponse.access_token !== 'string') {
    return { ...pending, outcome: 'failed', failure: oauthFailure(tokenResponse, status, 'token'), exchanges };
  }
  const userinfoExchange = exchanges.findLast((e) => e.url === discovery.userinfo_endpoint);
  const userinfoRefused = userinfoExchange !== undefined && (userinfoExchange.status ?? 0) >= 400;
  return {
    ...pending,
    outcome: 'completed',
    tokenResponse,
    userinfo: userinfoRefused ? undefined : parseJsonBody(userinfoExchange),
    scopesSupported: discovery.scopes_supported,
    claimsSupported: discovery.claims_supported,
    signature: { status: 'unverified', detail: CLIENT_CREDENTIALS_NO_ID_TOKEN },
    checks: [],
    jwks,
    exchanges,
    ...(userinfoRefused ? { failure: oauthFailure(parseJsonBody(userinfoExchange) as Record<string, unknown> | undefined, userinfoExchange.status, 'userinfo', userinfoExchange) } : {}),
  };
}

/** The client and how it authenticates: the mock's confidential client, or the composed one with the secret from memory. */
function clientOf(request: ComposedRequest, mock: boolean, issuer: string, discovery: DiscoveryDocument): { clientId: string; secret: string; method: Exclude<ClientAuthenticationMethod, 'none'> } {
  if (mock) {
    return { ...MOCK_SERVICE_CLIENT, method: mockServiceClientMethod(request.clientAuthentication) };
  }
  const secret = clientSecretFor(issuer, request.clientId);
  const { method } = resolveClientAuthentication(request.clientAuthentication, discovery.token_endpoint_auth_methods_supported, secret !== undefined);
  if (secret === undefined || method === 'none') throw new Error(CLIENT_CREDENTIALS_NEEDS_SECRET);
  return { clientId: request.clientId, secret, method };
}

function oauthFailure(body: Record<string, unknown> | undefined, status: number | undefined, stage: FlowError['stage'], exchange?: HttpExchange): FlowError {
  const error = typeof body?.error === 'string' ? body.error : `http_${status ?? 0}`;
  const description = typeof body?.error_description === 'string' ? body.error_description : (exchange?.responseHeaders['www-authenticate'] ?? '');
  return { error, description, stage };
}

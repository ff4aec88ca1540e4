import type { OidcClient } from 'oidc-client-ts';
import { nowFor } from '../domain/request/run-clock';
import { checkContextOf } from '../domain/flow/check-context';
import { endpointKind } from '../domain/flow/endpoint-kind';
import type { FlowError, FlowRun, PendingRun } from '../domain/flow/flow-run';
import { parseJsonBody, type HttpExchange } from '../domain/flow/http-exchange';
import { verifyTokenResponse } from '../domain/flow/verify-id-token';
import { fetchJwks } from './fetch-jwks';

/**
 * When a step after the token exchange fails (userinfo answering 500, say), the tokens already
 * received are still evidence: returns a completed run that holds them, verified, with the failure
 * in place of what did not come. Undefined when no token response arrived.
 */
export async function completedBeforeFailure(
  client: OidcClient,
  run: PendingRun & { readonly callbackUrl: string },
  failure: FlowError,
  exchanges: readonly HttpExchange[],
): Promise<Extract<FlowRun, { outcome: 'completed' }> | undefined> {
  if (failure.stage === 'token' || failure.stage === 'authorize' || failure.stage === 'discovery') return undefined;
  const tokenExchange = exchanges.find((e) => endpointKind(e.url) === 'token' && e.status === 200);
  const tokenResponse = parseJsonBody(tokenExchange) as Record<string, unknown> | undefined;
  if (!tokenResponse || typeof tokenResponse.access_token !== 'string') return undefined;
  const metadata = await client.metadataService.getMetadata().catch(() => undefined);
  const jwks = await fetchJwks(metadata?.jwks_uri);
  const { signature, checks } = await verifyTokenResponse(
    { idToken: typeof tokenResponse.id_token === 'string' ? tokenResponse.id_token : undefined, accessToken: tokenResponse.access_token },
    {
      issuer: run.issuer,
      clientId: run.request.clientId,
      nonce: run.nonce,
      nowSeconds: Math.floor(nowFor(run.request) / 1000),
      ...checkContextOf(run, run.callbackUrl, (metadata ?? {}), jwks),
    },
  );
  const userinfoExchange = exchanges.find((e) => endpointKind(e.url) === 'userinfo' && e.status === 200);
  return {
    ...run,
    outcome: 'completed',
    jwks,
    tokenResponse,
    userinfo: parseJsonBody(userinfoExchange),
    scopesSupported: metadata?.scopes_supported,
    claimsSupported: metadata?.claims_supported,
    signature,
    checks,
    exchanges,
    failure,
  };
}

import type { OidcClient } from 'oidc-client-ts';
import { nowFor } from './determinism';
import { checkContextOf } from './check-context';
import { endpointKind } from './endpoint-kind';
import type { FlowError, FlowRun, PendingRun } from './flow-run';
import { parseJsonBody, type HttpExchange } from './http-recorder';
import { checkClaims, verifySignature } from './verify-id-token';

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
  const jwks = metadata?.jwks_uri ? await fetch(metadata.jwks_uri).then((r) => r.json() as Promise<unknown>, () => undefined) : undefined;
  const idToken = typeof tokenResponse.id_token === 'string' ? tokenResponse.id_token : undefined;
  const signature = idToken ? await verifySignature(idToken, jwks) : ({ status: 'unverified', detail: 'The token response carried no id_token.' } as const);
  const checks = idToken
    ? await checkClaims({
        idToken,
        accessToken: tokenResponse.access_token,
        issuer: run.issuer,
        clientId: run.request.clientId,
        nonce: run.nonce,
        nowSeconds: Math.floor(nowFor(run.request) / 1000),
        ...checkContextOf(run, run.callbackUrl, (metadata ?? {}) as Record<string, unknown>, jwks),
      }).catch(() => [])
    : [];
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

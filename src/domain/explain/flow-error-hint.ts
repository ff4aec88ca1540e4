import { explainFlowError, type FlowErrorHint } from './explain-flow-error';
import { splitScopes } from '../scopes-and-claims/scope-list';
import { endpointKind } from '../flow/endpoint-kind';
import type { FlowError, FlowRun } from '../flow/flow-run';
import { parseJsonBody } from '../flow/http-exchange';

/** The hint for a failure, from the run's own evidence: its callback URL and the discovery document it read. */
export function flowErrorHintOf(run: FlowRun, failure: FlowError): FlowErrorHint {
  const exchanges = [...(run.startExchanges ?? []), ...run.exchanges];
  const discovery = parseJsonBody(exchanges.find((e) => endpointKind(e.url) === 'discovery' && e.status === 200)) as { scopes_supported?: unknown } | undefined;
  const supported = discovery?.scopes_supported;
  const scopeParam = run.callbackUrl ? new URL(run.callbackUrl).searchParams.get('scope') : null;
  return explainFlowError({
    error: failure.error,
    description: failure.description,
    requestedScopes: run.requestedScopes,
    scopeInResponse: scopeParam === null ? undefined : splitScopes(scopeParam),
    scopesSupported: Array.isArray(supported) ? supported.filter((s): s is string => typeof s === 'string') : undefined,
  });
}

import { explainFlowError, type FlowErrorHint, type PushRequiredBy } from './explain-flow-error';
import { isMockIssuer } from '../request/composed-request';
import { splitScopes } from '../scopes-and-claims/scope-list';
import { endpointKind } from '../flow/endpoint-kind';
import type { FlowError, FlowRun } from '../flow/flow-run';
import { parseJsonBody } from '../flow/http-exchange';
import { isPushedRequestUri } from '../protocols/pushed-request';

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
    pushRequiredNotPushed: run.authorizeUrl !== '' && !wasPushed(run.authorizeUrl) ? pushRequiredBy(run) : undefined,
  });
}

/**
 * Who required pushed requests (RFC 9126): the discovery document for every client (§5), or, on
 * the mock, the client's registration as the run's mock settings set it (§6). A real provider does
 * not publish a client's metadata, so its invalid_request gets the usual hint.
 */
function pushRequiredBy(run: FlowRun): PushRequiredBy | undefined {
  if (run.discovery.require_pushed_authorization_requests === true) return 'discovery';
  return isMockIssuer(run.request.issuer) && run.request.mock.protocols?.requirePar === true ? 'mock-client-metadata' : undefined;
}

/** RFC 9126 §4: a pushed request's authorize URL names it by request_uri. */
function wasPushed(authorizeUrl: string): boolean {
  try {
    return isPushedRequestUri(new URL(authorizeUrl).searchParams.get('request_uri'));
  } catch {
    return false;
  }
}

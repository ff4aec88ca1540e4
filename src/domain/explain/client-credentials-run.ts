import type { CompletedRun } from '../flow/flow-run';
import { MOCK_SERVICE_CLIENT } from '../protocols/client-credentials';
import { isMockIssuer } from '../request/composed-request';
import { splitScopes } from '../scopes-and-claims/scope-list';

/**
 * A client credentials run (RFC 6749 §4.4, https://www.rfc-editor.org/rfc/rfc6749#section-4.4): which
 * client asked, what it was granted, and whether userinfo refused its token. Read from the run
 * itself, so it says the same for the mock and a real provider.
 */
export interface ClientCredentialsRun {
  readonly clientId: string;
  readonly grantedScopes: readonly string[];
  readonly userinfoRefused: boolean;
}

export function clientCredentialsRunOf(run: Pick<CompletedRun, 'grant' | 'request' | 'tokenResponse' | 'failure' | 'requestedScopes'>): ClientCredentialsRun | undefined {
  if (run.grant !== 'client_credentials') return undefined;
  const scope = run.tokenResponse.scope;
  return {
    // On the mock, its confidential client asked (the composed client ID is the public one).
    clientId: isMockIssuer(run.request.issuer) ? MOCK_SERVICE_CLIENT.clientId : run.request.clientId,
    // RFC 6749 §5.1: an absent scope means the requested one was granted as asked.
    grantedScopes: typeof scope === 'string' ? splitScopes(scope) : run.requestedScopes,
    userinfoRefused: run.failure?.stage === 'userinfo',
  };
}

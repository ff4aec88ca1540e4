import { clientCredentialsScopes } from '../../src/domain/protocols/client-credentials';
import { joinScopes, splitScopes } from '../../src/domain/scopes-and-claims/scope-list';
import type { ClientAuthentication } from './client-authentication';
import type { ProviderContext } from './context';
import { startGrant } from './grants';
import { NO_STORE, json, oauthError, type ProviderResponse } from './provider-response';
import { randomToken } from './random';
import type { GrantRecord } from './records';
import { hasMalformedScope } from './request-shape';

/** What the token endpoint issues for a grant: the access token only, here (RFC 6749 §4.4.3). */
export type IssueForClient = (
  grant: Pick<GrantRecord, 'clientId' | 'sub' | 'grantedScopes' | 'claims' | 'authTime' | 'grantId'> & { sessionBound: boolean; noUser: true },
) => Promise<{ body: Record<string, unknown> }>;

/**
 * The client credentials grant at the mock (RFC 6749 §4.4, https://www.rfc-editor.org/rfc/rfc6749#section-4.4):
 * a confidential client that authenticated gets an access token for the requested scopes it may
 * have, in its own name (sub is its client_id, as RFC 9068 §2.2 has it); no id_token (there is no
 * user to identify) and no refresh token (§4.4.3: it "SHOULD NOT be included").
 */
export async function clientCredentialsGrant(context: ProviderContext, form: URLSearchParams, authentication: ClientAuthentication, issue: IssueForClient): Promise<ProviderResponse> {
  // §4.4: "The client credentials grant type MUST only be used by confidential clients."
  if (authentication.outcome !== 'authenticated') {
    return oauthError(400, 'unauthorized_client', 'The client credentials grant is for a confidential client that authenticates with its secret; this one is public (RFC 6749 section 4.4).', NO_STORE);
  }
  const { client } = authentication;
  if (!client.grantTypes?.includes('client_credentials')) return oauthError(400, 'unauthorized_client', 'This client is not registered for the client credentials grant.', NO_STORE);
  const requested = splitScopes(form.get('scope'));
  // §3.3: https://www.rfc-editor.org/rfc/rfc6749#section-3.3
  if (hasMalformedScope(requested)) return oauthError(400, 'invalid_scope', 'A scope contains characters RFC 6749 section 3.3 does not allow.', NO_STORE);
  const settings = context.settings();
  const decided = clientCredentialsScopes(requested, settings.allowedScopes);
  const refused = decided.filter((d) => d.outcome !== 'granted').map((d) => d.scope);
  // The token policy's "reject" setting refuses instead of narrowing, as at the authorize endpoint.
  if (settings.disallowedScopes === 'reject' && refused.length > 0) {
    return oauthError(400, 'invalid_scope', `Not granted to this client: ${refused.join(', ')} (scopes about a user, or not allowed by the token policy).`, NO_STORE);
  }
  const grantedScopes = decided.filter((d) => d.outcome === 'granted').map((d) => d.scope);
  const grantId = randomToken(16, context.random);
  startGrant(context, grantId, false, undefined);
  const { body } = await issue({ clientId: client.clientId, sub: client.clientId, grantedScopes, claims: undefined, authTime: context.now(), grantId, sessionBound: false, noUser: true });
  // §5.1: the scope is returned, so a client sees what it was granted when it differs from what it asked.
  return json(200, { ...body, scope: joinScopes(grantedScopes) }, NO_STORE);
}

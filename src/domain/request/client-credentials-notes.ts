import { USER_SCOPES } from '../protocols/client-credentials';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { OPTIONAL_AUTHORIZE_FIELDS, type OptionalAuthorizeField } from './authorize-parameters';
import { requestedScopes, type ComposedRequest } from './composed-request';

/**
 * What a client credentials launch leaves unused of what was composed, said where it was typed.
 * The grant is one POST to the token endpoint (RFC 6749 §4.4.2,
 * https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2) whose parameters are grant_type and scope:
 * nothing of the authorize request travels, and no user is there for the user scopes to describe.
 * Codes only; src/domain/messages/client-credentials-messages.ts words them.
 */
export type ClientCredentialsNote =
  /** OIDC Core §5.4: these scopes ask for claims about the End-User, and there is none. */
  | { readonly code: 'user-scopes'; readonly field: 'scopes'; readonly scopes: readonly string[] }
  /** RFC 6749 §3.3: with no scope, the provider applies its default for the client, or refuses. */
  | { readonly code: 'no-scope'; readonly field: 'scopes' }
  /** OIDC Core §5.5: the claims parameter is an authorize request parameter; the token endpoint takes none. */
  | { readonly code: 'claims-not-sent'; readonly field: 'claims' }
  /** OIDC Core §3.1.2.1: prompt, max_age, login_hint… are authorize request parameters. */
  | { readonly code: 'parameter-not-sent'; readonly field: OptionalAuthorizeField['field']; readonly parameter: string }
  /** The free-form lines go to the authorize request only. */
  | { readonly code: 'custom-parameters-not-sent'; readonly field: 'customParams' }
  /** PAR, request objects and the response mode shape an authorize request, which this grant does not make. */
  | { readonly code: 'switches-unused'; readonly field: 'protocols'; readonly switches: readonly UnusedSwitch[] };

export type UnusedSwitch = 'par' | 'request-object' | 'fragment';

export type ClientCredentialsNoteField = ClientCredentialsNote['field'];

/** The notes for a request, empty unless its client credentials switch is on. */
export function clientCredentialsNotes(request: ComposedRequest): ClientCredentialsNote[] {
  const protocols = request.protocols ?? DEFAULT_PROTOCOL_CHOICES;
  if (!protocols.clientCredentials) return [];
  const notes: ClientCredentialsNote[] = [];
  const scopes = requestedScopes(request);
  const userScopes = scopes.filter((scope) => USER_SCOPES.includes(scope));
  if (scopes.length === 0) notes.push({ code: 'no-scope', field: 'scopes' });
  else if (userScopes.length > 0) notes.push({ code: 'user-scopes', field: 'scopes', scopes: userScopes });
  if (request.claimsText.trim() !== '') notes.push({ code: 'claims-not-sent', field: 'claims' });
  for (const { field, parameter } of OPTIONAL_AUTHORIZE_FIELDS) {
    if (request[field].trim() !== '') notes.push({ code: 'parameter-not-sent', field, parameter });
  }
  if (request.customParams.trim() !== '') notes.push({ code: 'custom-parameters-not-sent', field: 'customParams' });
  const switches: UnusedSwitch[] = [
    ...(protocols.par ? (['par'] as const) : []),
    ...(protocols.requestObject && protocols.requestObject.mode !== 'off' ? (['request-object'] as const) : []),
    ...(protocols.fragment ? (['fragment'] as const) : []),
  ];
  if (switches.length > 0) notes.push({ code: 'switches-unused', field: 'protocols', switches });
  return notes;
}

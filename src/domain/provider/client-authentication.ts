/**
 * How the client authenticates at the token endpoint (and at introspection and revocation, which
 * take the same client authentication: RFC 7009 §2.1, https://www.rfc-editor.org/rfc/rfc7009#section-2.1;
 * RFC 7662 §2.1, https://www.rfc-editor.org/rfc/rfc7662#section-2.1).
 *
 * The methods are the registered `token_endpoint_auth_method` values
 * (OIDC Core §9, https://openid.net/specs/openid-connect-core-1_0.html#ClientAuthentication;
 * RFC 7591 §2, https://www.rfc-editor.org/rfc/rfc7591#section-2). The playground offers the two that
 * use a client secret the person types, and `none` (a public client, PKCE only).
 */
export const CLIENT_AUTHENTICATION_METHODS = ['none', 'client_secret_basic', 'client_secret_post'] as const;
export type ClientAuthenticationMethod = (typeof CLIENT_AUTHENTICATION_METHODS)[number];

/** What a person chose on the compose screen: a method, or `auto` (from discovery). */
export type ClientAuthenticationChoice = 'auto' | ClientAuthenticationMethod;
export const CLIENT_AUTHENTICATION_CHOICES: readonly ClientAuthenticationChoice[] = ['auto', ...CLIENT_AUTHENTICATION_METHODS];

export function isClientAuthenticationChoice(value: unknown): value is ClientAuthenticationChoice {
  return typeof value === 'string' && (CLIENT_AUTHENTICATION_CHOICES as readonly string[]).includes(value);
}

/** Whether a method sends a client secret. */
export function sendsSecret(method: ClientAuthenticationMethod): boolean {
  return method !== 'none';
}

/**
 * Why the method is the one it is, as a code (messages/client-authentication-messages.ts words it).
 * - `chosen`: the person picked it;
 * - `discovery-basic` / `discovery-post`: a secret is given and discovery lists the method (basic
 *   is preferred when both are listed);
 * - `default-basic`: a secret is given and discovery lists no methods, so RFC 8414 §2's default,
 *   client_secret_basic, applies;
 * - `public`: no secret given and discovery offers `none` (or lists nothing);
 * - `secret-not-usable`: a secret is given but discovery lists neither secret method, so none is sent;
 * - `none-not-listed`: no secret given and discovery does not list `none`. The list is the server's,
 *   not this client's registration: many providers (LemonLDAP::NG among them) accept a public PKCE
 *   client without listing `none`, so the sign-in goes ahead and the provider decides.
 */
export type ClientAuthenticationReason =
  | 'chosen'
  | 'discovery-basic'
  | 'discovery-post'
  | 'default-basic'
  | 'public'
  | 'secret-not-usable'
  | 'none-not-listed';

export interface ResolvedClientAuthentication {
  readonly method: ClientAuthenticationMethod;
  readonly reason: ClientAuthenticationReason;
}

/**
 * The method to use, from the choice, discovery's `token_endpoint_auth_methods_supported`
 * (RFC 8414 §2, https://www.rfc-editor.org/rfc/rfc8414#section-2: "If omitted, the default is
 * client_secret_basic"; OIDC Discovery §3, https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata)
 * and whether the client has a secret.
 */
export function resolveClientAuthentication(
  choice: ClientAuthenticationChoice,
  supported: readonly string[] | undefined,
  hasSecret: boolean,
): ResolvedClientAuthentication {
  if (choice !== 'auto') return { method: choice, reason: 'chosen' };
  if (hasSecret) {
    if (supported === undefined) return { method: 'client_secret_basic', reason: 'default-basic' };
    if (supported.includes('client_secret_basic')) return { method: 'client_secret_basic', reason: 'discovery-basic' };
    if (supported.includes('client_secret_post')) return { method: 'client_secret_post', reason: 'discovery-post' };
    return { method: 'none', reason: 'secret-not-usable' };
  }
  if (supported === undefined || supported.includes('none')) return { method: 'none', reason: 'public' };
  return { method: 'none', reason: 'none-not-listed' };
}

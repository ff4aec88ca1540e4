/**
 * The client credentials grant (RFC 6749 §4.4, https://www.rfc-editor.org/rfc/rfc6749#section-4.4):
 * a confidential client asks the token endpoint for an access token in its own name. No browser,
 * no user, no authorization code: the rules shared by the mock's token endpoint and the playground.
 */

/**
 * The mock's confidential client (the automation contract documents it). Its secret is published on
 * purpose: the mock is a teaching provider, and the secret still never enters a permalink, a file
 * or a recorded call (src/domain/flow/mask-secrets.ts withholds it from every record).
 */
export const MOCK_SERVICE_CLIENT = { clientId: 'playground-service', secret: 'playground-service-secret' } as const;

/**
 * How the mock's confidential client authenticates: client_secret_post when chosen, else
 * client_secret_basic, the default of RFC 8414 §2 (https://www.rfc-editor.org/rfc/rfc8414#section-2).
 * The launch and the compose screen's preview both read it, so the preview shows what is sent.
 */
export function mockServiceClientMethod(choice: string): 'client_secret_basic' | 'client_secret_post' {
  return choice === 'client_secret_post' ? 'client_secret_post' : 'client_secret_basic';
}

/**
 * Scopes that stand for a user, so mean nothing without one: `openid` and the OIDC claim scopes
 * (OIDC Core §5.4 "request … claims about the End-User"), and `offline_access`, which asks for a
 * refresh token a client credentials response should not carry (RFC 6749 §4.4.3).
 * https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims
 */
export const USER_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'];

export type ClientCredentialsScope =
  | { readonly scope: string; readonly outcome: 'granted' }
  | { readonly scope: string; readonly outcome: 'needs-a-user' }
  | { readonly scope: string; readonly outcome: 'not-allowed' };

/**
 * §4.4.2 / §3.3: the provider grants the requested scopes the client may have; the others it leaves
 * out (it may grant less than asked, and says so in the response's scope).
 */
export function clientCredentialsScopes(requested: readonly string[], allowed: readonly string[]): ClientCredentialsScope[] {
  return [...new Set(requested)].map((scope) =>
    USER_SCOPES.includes(scope) ? { scope, outcome: 'needs-a-user' } : allowed.includes(scope) ? { scope, outcome: 'granted' } : { scope, outcome: 'not-allowed' },
  );
}

/** The grant_types_supported member says whether a provider offers the grant (RFC 8414 §2). */
export function offersClientCredentials(grantTypesSupported: readonly string[] | undefined): boolean {
  // RFC 8414 §2: omitted means ["authorization_code", "implicit"], so not this grant.
  return grantTypesSupported?.includes('client_credentials') === true;
}

/**
 * Error codes a flow can end with. The registered OAuth/OIDC codes come first; the playground adds
 * its own for what happens in the browser; a provider may also define codes of its own.
 */

/**
 * Registered codes: RFC 6749 §4.1.2.1 and §5.2 (https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1),
 * RFC 6750 §3.1, RFC 7009 §2.2.1, RFC 9449 §12.2, OIDC Core §3.1.2.6
 * (https://openid.net/specs/openid-connect-core-1_0.html#AuthError).
 */
export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'unsupported_response_type',
  'unsupported_token_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
  'invalid_request_uri',
  'invalid_request_object',
  'request_not_supported',
  'request_uri_not_supported',
  'registration_not_supported',
  // RFC 9449 §12.2: https://www.rfc-editor.org/rfc/rfc9449#section-12.2
  'invalid_dpop_proof',
  'use_dpop_nonce',
] as const;

export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

/** What the playground itself reports: the browser's view of a call, and its own refusals. */
export type PlaygroundErrorCode =
  | 'network_error'
  | 'cors_blocked'
  | 'refused_by_playground'
  | 'issuer_mismatch'
  | 'response_not_kept'
  /** The person cancelled a slow wait from the status line. */
  | 'cancelled'
  | 'client_error';

/** An endpoint answered with this HTTP status and no OAuth error body. */
export type HttpErrorCode = `http_${number}`;

/** A code outside the registry: RFC 6749 §8.5 lets a provider define its own. */
export type ExtensionErrorCode = string & Record<never, never>;

export type FlowErrorCode = OAuthErrorCode | PlaygroundErrorCode | HttpErrorCode | ExtensionErrorCode;

export function isOAuthErrorCode(code: string): code is OAuthErrorCode {
  return (OAUTH_ERROR_CODES as readonly string[]).includes(code);
}

import { safeDescription } from './error-description';

/** OAuth 2.0 error codes the mock answers with (RFC 6749 §4.1.2.1, §5.2; OIDC Core §3.1.2.6). */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'unsupported_token_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'login_required'
  | 'invalid_token'
  | 'server_error'
  | 'insufficient_scope'
  | 'request_not_supported'
  | 'request_uri_not_supported';

export interface OAuthError {
  readonly error: OAuthErrorCode;
  readonly error_description: string;
}

/** An HTTP answer from the provider core, independent of MSW. */
export interface ProviderResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** Milliseconds to wait before answering (the "slow JWKS" fault). */
  readonly delayMs?: number;
}

export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): ProviderResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body };
}

export function oauthError(status: number, error: OAuthErrorCode, description: string, headers: Record<string, string> = {}): ProviderResponse {
  return json(status, { error, error_description: safeDescription(description) } satisfies OAuthError, headers);
}

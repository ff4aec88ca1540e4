import { parseClaimsRequest, type ClaimsRequest } from '../../src/domain/parse-claims-request';
import { splitScopes } from '../../src/domain/scope-list';
import type { RegisteredClient } from './clients';
import type { OAuthErrorCode } from './oauth-error';

/** A validated authorize request (RFC 6749 §4.1.1, RFC 7636 §4.3, OIDC Core §3.1.2.1). */
export interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly state: string | undefined;
  readonly nonce: string | undefined;
  readonly codeChallenge: string;
  readonly claims: ClaimsRequest | undefined;
  readonly prompt: readonly string[];
  readonly maxAge: number | undefined;
  readonly loginHint: string | undefined;
}

/**
 * What the authorize endpoint does with a request. An untrusted client or redirect URI gets an
 * error page and never a redirect (RFC 6749 §4.1.2.1): redirecting would hand the error to an
 * unverified address.
 */
export type AuthorizeCheck =
  | { outcome: 'error-page'; error: OAuthErrorCode; description: string }
  | { outcome: 'redirect-error'; location: string; error: OAuthErrorCode; description: string }
  | { outcome: 'login'; request: AuthorizeRequest; client: RegisteredClient };

export function checkAuthorizeRequest(params: URLSearchParams, clients: readonly RegisteredClient[]): AuthorizeCheck {
  const clientId = params.get('client_id');
  if (!clientId) return { outcome: 'error-page', error: 'invalid_request', description: 'client_id is missing.' };
  const client = clients.find((c) => c.clientId === clientId);
  if (!client) return { outcome: 'error-page', error: 'invalid_client', description: `No client is registered with client_id "${clientId}".` };
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return { outcome: 'error-page', error: 'invalid_request', description: 'redirect_uri is missing.' };
  if (!client.redirectUris.includes(redirectUri)) {
    return {
      outcome: 'error-page',
      error: 'invalid_request',
      description: `redirect_uri "${redirectUri}" is not registered for client "${clientId}". Registered: ${client.redirectUris.join(', ')}.`,
    };
  }

  const state = params.get('state') ?? undefined;
  const redirectError = (error: OAuthErrorCode, description: string): AuthorizeCheck => ({
    outcome: 'redirect-error',
    error,
    description,
    location: redirectWith(redirectUri, { error, error_description: description, state }),
  });

  if (params.get('response_type') !== 'code') {
    return redirectError('unsupported_response_type', `response_type "${params.get('response_type') ?? ''}" is not supported; use "code".`);
  }
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge) return redirectError('invalid_request', 'code_challenge is required: this provider only accepts PKCE (RFC 7636).');
  if (params.get('code_challenge_method') !== 'S256') {
    return redirectError('invalid_request', 'code_challenge_method must be S256; "plain" is not accepted.');
  }
  const scopes = splitScopes(params.get('scope'));
  if (!scopes.includes('openid')) return redirectError('invalid_scope', 'The openid scope is required in an OpenID Connect request.');

  let claims: ClaimsRequest | undefined;
  const claimsText = params.get('claims');
  if (claimsText) {
    const parsed = parseClaimsRequest(claimsText);
    if (parsed.outcome === 'invalid') return redirectError('invalid_request', `The claims parameter is not valid: ${parsed.error.message}`);
    if (parsed.outcome === 'valid') claims = parsed.request;
  }
  const prompt = splitScopes(params.get('prompt'));
  // OIDC Core §3.1.2.1: "none" with any other prompt value is an error.
  if (prompt.includes('none') && prompt.length > 1) return redirectError('invalid_request', 'prompt=none cannot be combined with other prompt values.');
  const maxAgeText = params.get('max_age');
  const maxAge = maxAgeText === null || maxAgeText === '' ? undefined : Number(maxAgeText);
  if (maxAge !== undefined && !(Number.isInteger(maxAge) && maxAge >= 0)) {
    return redirectError('invalid_request', 'max_age must be a non-negative whole number of seconds.');
  }

  return {
    outcome: 'login',
    client,
    request: {
      clientId,
      redirectUri,
      scopes,
      state,
      nonce: params.get('nonce') ?? undefined,
      codeChallenge,
      claims,
      prompt,
      maxAge,
      loginHint: params.get('login_hint') ?? undefined,
    },
  };
}

export function redirectWith(redirectUri: string, values: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(values)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

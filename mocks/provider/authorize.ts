import { decodeJwt } from 'jose';
import { parseClaimsRequest, type ClaimsRequest } from '../../src/domain/scopes-and-claims/parse-claims-request';
import { splitScopes } from '../../src/domain/scopes-and-claims/scope-list';
import type { RegisteredClient } from './clients';
import { safeDescription } from './error-description';
import type { OAuthErrorCode } from '../../src/domain/flow/error-codes';
import { SUPPORTED_RESPONSE_MODES, duplicatedParameter, hasMalformedScope, isWellFormedChallenge, unsupportedPrompt } from './request-shape';

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
  /** The `sub` of a well-formed id_token_hint from this issuer (OIDC Core §3.1.2.1). */
  readonly hintSub: string | undefined;
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

export function checkAuthorizeRequest(params: URLSearchParams, clients: readonly RegisteredClient[], issuer?: string): AuthorizeCheck {
  const errorPage = (error: OAuthErrorCode, description: string): AuthorizeCheck => ({ outcome: 'error-page', error, description: safeDescription(description) });
  // RFC 6749 §3.1: a parameter sent twice is an error; for client_id and redirect_uri the provider
  // cannot know where to send it, so it shows its error page. https://www.rfc-editor.org/rfc/rfc6749#section-3.1
  const duplicateTarget = duplicatedParameter(params, ['client_id', 'redirect_uri']);
  if (duplicateTarget) return errorPage('invalid_request', `${duplicateTarget} was sent more than once.`);
  const clientId = params.get('client_id');
  if (!clientId) return errorPage('invalid_request', 'client_id is missing.');
  const client = clients.find((c) => c.clientId === clientId);
  // The request's values are not echoed back (RFC 6749 §4.1.2.1 error_description is for the developer, not a mirror).
  if (!client) return errorPage('invalid_client', 'No client is registered with this client_id.');
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return errorPage('invalid_request', 'redirect_uri is missing.');
  if (!client.redirectUris.includes(redirectUri)) {
    return errorPage('invalid_request', `redirect_uri is not registered for this client. Registered: ${client.redirectUris.join(', ')}.`);
  }

  const state = params.get('state') ?? undefined;
  const redirectError = (error: OAuthErrorCode, description: string): AuthorizeCheck => {
    const safe = safeDescription(description);
    return { outcome: 'redirect-error', error, description: safe, location: redirectWith(redirectUri, { error, error_description: safe, state }) };
  };

  const duplicate = duplicatedParameter(params);
  if (duplicate) return redirectError('invalid_request', `${duplicate} was sent more than once (RFC 6749 section 3.1).`);
  // The mock answers in the query or the fragment and advertises exactly those in
  // response_modes_supported; any other mode (form_post, jwt) is refused rather than answered in a
  // place the client does not look. https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes
  const responseMode = params.get('response_mode');
  if (responseMode !== null && !(SUPPORTED_RESPONSE_MODES as readonly string[]).includes(responseMode)) {
    return redirectError('invalid_request', 'response_mode is not supported; this provider answers in the query or the fragment.');
  }
  // RFC 6749 §4.1.2.1: a missing required parameter is invalid_request; unsupported_response_type
  // is for a response type the server does not offer. https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1
  if (!params.get('response_type')) return redirectError('invalid_request', 'response_type is missing; use code.');
  if (params.get('response_type') !== 'code') {
    return redirectError('unsupported_response_type', 'This response_type is not supported; use code.');
  }
  // OIDC Core §6.1, §6.2: a provider that does not support request objects answers these errors.
  // https://openid.net/specs/openid-connect-core-1_0.html#RequestObject
  if (params.has('request')) return redirectError('request_not_supported', 'Request objects (the request parameter) are not supported.');
  if (params.has('request_uri')) return redirectError('request_uri_not_supported', 'The request_uri parameter is not supported.');
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge) return redirectError('invalid_request', 'code_challenge is required: this provider only accepts PKCE (RFC 7636).');
  if (params.get('code_challenge_method') !== 'S256') {
    return redirectError('invalid_request', 'code_challenge_method must be S256; plain is not accepted.');
  }
  // RFC 7636 §4.2: https://www.rfc-editor.org/rfc/rfc7636#section-4.2
  if (!isWellFormedChallenge(codeChallenge)) return redirectError('invalid_request', 'code_challenge must be 43 to 128 unreserved characters (RFC 7636 section 4.2).');
  const scopes = splitScopes(params.get('scope'));
  // RFC 6749 §3.3: https://www.rfc-editor.org/rfc/rfc6749#section-3.3
  if (hasMalformedScope(scopes)) return redirectError('invalid_scope', 'A scope contains characters RFC 6749 section 3.3 does not allow.');
  if (scopes.length === 0) return redirectError('invalid_scope', 'The request names no scope.');
  // OIDC Core §3.1.2.1 leaves a request without openid unspecified: the mock answers it as plain
  // OAuth 2.0 (RFC 6749 §4.1), a code for an access token and no id_token, and its userinfo refuses
  // that token (OIDC Core §5.3). https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest

  let claims: ClaimsRequest | undefined;
  const claimsText = params.get('claims');
  if (claimsText) {
    const parsed = parseClaimsRequest(claimsText);
    if (parsed.outcome === 'invalid') return redirectError('invalid_request', `The claims parameter is not valid: ${parsed.error.message}`);
    if (parsed.outcome === 'valid') claims = parsed.request;
  }
  const prompt = splitScopes(params.get('prompt'));
  const unknownPrompt = unsupportedPrompt(prompt);
  if (unknownPrompt !== undefined) return redirectError('invalid_request', 'A prompt value is not supported; see prompt_values_supported.');
  // OIDC Core §3.1.2.1: "none" with any other prompt value is an error.
  if (prompt.includes('none') && prompt.length > 1) return redirectError('invalid_request', 'prompt=none cannot be combined with other prompt values.');
  const maxAgeText = params.get('max_age');
  const maxAge = maxAgeText === null || maxAgeText === '' ? undefined : Number(maxAgeText);
  if (maxAge !== undefined && !(Number.isInteger(maxAge) && maxAge >= 0)) {
    return redirectError('invalid_request', 'max_age must be a non-negative whole number of seconds.');
  }
  const hint = hintSubject(params.get('id_token_hint'), issuer);
  if (hint.outcome === 'invalid') return redirectError('invalid_request', hint.reason);

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
      hintSub: hint.sub,
    },
  };
}

type HintCheck = { outcome: 'ok'; sub: string | undefined } | { outcome: 'invalid'; reason: string };

/**
 * OIDC Core §3.1.2.1: id_token_hint names the user the client expects; an expired one is still a
 * hint. Here it is decoded, not verified: it can only make the request stricter (prompt=none for
 * another subject fails), never sign anyone in. https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
 */
function hintSubject(hint: string | null, issuer: string | undefined): HintCheck {
  if (!hint) return { outcome: 'ok', sub: undefined };
  try {
    const claims = decodeJwt(hint);
    if (issuer !== undefined && claims.iss !== issuer) return { outcome: 'invalid', reason: 'id_token_hint was not issued by this provider.' };
    if (typeof claims.sub !== 'string') return { outcome: 'invalid', reason: 'id_token_hint has no sub.' };
    return { outcome: 'ok', sub: claims.sub };
  } catch {
    return { outcome: 'invalid', reason: 'id_token_hint is not a JWT.' };
  }
}

export function redirectWith(redirectUri: string, values: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) url.searchParams.set(name, name === 'error_description' ? safeDescription(value) : value);
  }
  return url.toString();
}

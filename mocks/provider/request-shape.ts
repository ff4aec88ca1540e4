/**
 * Syntax rules for request parameters, shared by the authorize and token endpoints. Pure functions
 * over the parameters; each answers the first problem found, or undefined.
 */

/**
 * RFC 6749 §3.1 and §3.2: "Request and response parameters MUST NOT be included more than once."
 * https://www.rfc-editor.org/rfc/rfc6749#section-3.1
 */
export function duplicatedParameter(params: URLSearchParams, names?: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (names && !names.includes(name)) continue;
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

/**
 * RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ), tokens separated by single spaces.
 * https://www.rfc-editor.org/rfc/rfc6749#section-3.3
 */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export function hasMalformedScope(scopes: readonly string[]): boolean {
  return scopes.some((scope) => !SCOPE_TOKEN.test(scope));
}

/**
 * RFC 7636 §4.2: an S256 code_challenge is BASE64URL of 32 bytes, and any challenge is 43–128
 * unreserved characters.
 * https://www.rfc-editor.org/rfc/rfc7636#section-4.2
 */
const CODE_CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

export function isWellFormedChallenge(challenge: string): boolean {
  return CODE_CHALLENGE.test(challenge);
}

/**
 * OIDC Core §3.1.2.1 defines none, login, consent and select_account; the mock advertises and
 * honours the first three (discovery `prompt_values_supported`) and refuses the others rather
 * than ignore them silently.
 * https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
 */
export const SUPPORTED_PROMPTS = ['none', 'login', 'consent'] as const;

export function unsupportedPrompt(prompt: readonly string[]): string | undefined {
  return prompt.find((value) => !(SUPPORTED_PROMPTS as readonly string[]).includes(value));
}

/**
 * The response modes the mock implements (OAuth 2.0 Multiple Response Type Encoding Practices §2);
 * discovery advertises exactly this list, and any other is refused.
 */
export const SUPPORTED_RESPONSE_MODES = ['query', 'fragment'] as const;

import type { IdTokenCheck } from './check-id-token-claims';

/**
 * RFC 9207 §2.4 (https://www.rfc-editor.org/rfc/rfc9207#section-2.4): the authorization response's
 * `iss` names the provider that issued the code. Every provider here redirects to the same
 * /callback, so this comparison is what tells a code from another provider (a mix-up attack) apart.
 */
export interface AuthorizationResponseIssInput {
  /** The `iss` query parameter of the callback URL, if present (URLSearchParams has decoded it). */
  readonly issInResponse: string | undefined;
  /** The issuer the authorize request was sent to. */
  readonly expectedIssuer: string;
  /** Discovery's `authorization_response_iss_parameter_supported`, when published. */
  readonly advertised: boolean | undefined;
}

export function checkAuthorizationResponseIss(input: AuthorizationResponseIssInput): IdTokenCheck {
  const name = 'authorization-response-iss';
  const advertised = input.advertised === true ? 'discovery advertises authorization_response_iss_parameter_supported' : 'discovery does not advertise authorization_response_iss_parameter_supported';
  if (input.issInResponse === undefined) {
    // §2.4: a provider that advertises the parameter must send it; a response without it is rejected.
    if (input.advertised === true) return { name, outcome: 'fail', detail: `The authorization response has no iss although ${advertised}: RFC 9207 §2.4 says to reject it.` };
    return { name, outcome: 'skipped', detail: `The authorization response has no iss and ${advertised}, so a code from another provider cannot be told apart here (RFC 9207).` };
  }
  // Simple string comparison, no normalisation (RFC 9207 §2.4).
  if (input.issInResponse === input.expectedIssuer) {
    return { name, outcome: 'pass', detail: `The authorization response’s iss is the issuer the request went to (RFC 9207; ${advertised}).` };
  }
  return {
    name,
    outcome: 'fail',
    detail: `The authorization response’s iss is ${JSON.stringify(input.issInResponse)}, not ${input.expectedIssuer}: the code may come from another provider (mix-up), so it must not be redeemed (RFC 9207 §2.4).`,
  };
}

/** The `iss` of a callback URL, in its query or (response_mode=fragment, RFC 9207 §2) its fragment; undefined when absent. */
export function issOfCallback(callbackUrl: string): string | undefined {
  const url = new URL(callbackUrl);
  return new URLSearchParams(url.hash.slice(1)).get('iss') ?? url.searchParams.get('iss') ?? undefined;
}

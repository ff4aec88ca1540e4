import type { WireChange } from '../protocols/wire-changes';
import type { SwitchAvailability } from '../protocols/switch-availability';
import type { ProtocolSwitch } from '../protocols/protocol-choices';

const rfc = (number: number, section: string): string => `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`;

/** One sentence per change a protocol switch made to a run, with the section that defines it. */
const WIRE_CHANGE: Readonly<Record<WireChange, { readonly text: string; readonly citation: string; readonly url: string }>> = {
  'par-pushed': {
    text: 'The authorize parameters went to the PAR endpoint in a POST body, and the provider answered a one-time request_uri.',
    citation: 'RFC 9126 §2',
    url: rfc(9126, '2'),
  },
  'par-authorize-url': {
    text: 'The authorize URL shrank to client_id and request_uri: scopes, claims, state and the PKCE challenge never appeared in the browser’s address bar.',
    citation: 'RFC 9126 §4',
    url: rfc(9126, '4'),
  },
  'dpop-proof': {
    text: 'The call carried a DPoP header: a proof signed with the page’s key, for this method and URL (and, at userinfo, the token’s hash).',
    citation: 'RFC 9449 §4',
    url: rfc(9449, '4'),
  },
  'dpop-nonce-retry': {
    text: 'The provider answered use_dpop_nonce with a DPoP-Nonce header, so the client signed a new proof carrying that nonce and sent the call again.',
    citation: 'RFC 9449 §8',
    url: rfc(9449, '8'),
  },
  'dpop-bound-token': {
    text: 'The access token came back as token_type DPoP: bound to the page’s key, it is refused without a proof from that key.',
    citation: 'RFC 9449 §5',
    url: rfc(9449, '5'),
  },
  'response-in-fragment': {
    text: 'The code came back after # in the callback URL (response_mode=fragment): a browser never sends the fragment to a server, so only this page read it.',
    citation: 'OAuth 2.0 Multiple Response Type Encoding Practices §2.1',
    url: 'https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes',
  },
  'client-credentials': {
    text: 'The client asked the token endpoint in its own name (grant_type=client_credentials), authenticated with its secret: no browser redirect, no code, no user.',
    citation: 'RFC 6749 §4.4',
    url: rfc(6749, '4.4'),
  },
  'jwt-access-token': {
    text: 'The access token came back as a JWT typed at+jwt, signed with the provider’s key: an API can verify it against the JWKS and read its scope without asking the provider.',
    citation: 'RFC 9068 §2',
    url: rfc(9068, '2'),
  },
  'jwt-access-token-cnf': {
    text: 'The JWT access token carries cnf.jkt, the thumbprint of the page’s DPoP key, so an API refuses it without a proof from that key.',
    citation: 'RFC 9449 §6.1',
    url: rfc(9449, '6.1'),
  },
  'iss-in-callback': {
    text: 'The callback carried iss, naming the provider that issued the code, so a code from another provider would be refused.',
    citation: 'RFC 9207 §2',
    url: rfc(9207, '2'),
  },
};

/** The sentence, citation and link for a wire change. */
export function wireChangeText(change: WireChange): { readonly text: string; readonly citation: string; readonly url: string } {
  return WIRE_CHANGE[change];
}

/** The switches as the compose screen names them, with what each does. */
export const PROTOCOL_SWITCH_TEXT = {
  par: {
    label: 'Push the request first (PAR)',
    hint: 'The authorize parameters go to the provider in a POST body; the browser carries only client_id and a one-time request_uri (RFC 9126).',
  },
  dpop: {
    label: 'Bind the tokens to a key (DPoP)',
    hint: 'The page makes a key pair that never leaves this tab; the token, userinfo and refresh calls carry a proof signed with it (RFC 9449).',
  },
  fragment: {
    label: 'Answer in the fragment (response_mode=fragment)',
    hint: 'The provider puts the code after # in the callback URL instead of in its query; the browser keeps the fragment to itself (OAuth 2.0 Multiple Response Type Encoding Practices).',
  },
  clientCredentials: {
    label: 'Client credentials (no user, no redirect)',
    hint: 'A confidential client asks the token endpoint for an access token in its own name, with its secret; nothing goes through the browser and no user signs in (RFC 6749 §4.4). On the mock, its confidential client playground-service is used.',
  },
} as const satisfies Record<ProtocolSwitch, { label: string; hint: string }>;

/** Why a switch cannot be used with this provider, or what is not known yet. */
export function switchAvailabilityText(availability: SwitchAvailability): string | undefined {
  switch (availability.availability) {
    case 'offered':
      return availability.required ? 'This provider requires pushed requests (require_pushed_authorization_requests).' : undefined;
    case 'unknown':
      return 'Fetch discovery to know whether this provider offers it; the launch checks it too.';
    case 'not-offered':
      return NOT_OFFERED[availability.reason];
  }
}

const NOT_OFFERED: Record<Extract<SwitchAvailability, { availability: 'not-offered' }>['reason'], string> = {
  'no-par-endpoint': 'Unavailable: this provider’s discovery names no pushed_authorization_request_endpoint (RFC 9126 §5).',
  'no-dpop-es256': 'Unavailable: this provider’s discovery does not list ES256 in dpop_signing_alg_values_supported (RFC 9449 §5.1).',
  'no-fragment-mode': 'Unavailable: this provider’s discovery lists response_modes_supported without fragment (OIDC Discovery §3).',
  'no-client-credentials-grant': 'Unavailable: this provider’s discovery does not list client_credentials in grant_types_supported (RFC 8414 §2; omitted, it means authorization_code and implicit only).',
};

/** A launch with PAR on against a provider without a PAR endpoint, or whose PAR endpoint refused. */
export const PAR_NOT_OFFERED = 'PAR is on, but the provider’s discovery names no pushed_authorization_request_endpoint (RFC 9126 §5); turn the switch off';

export function parRefusedText(status: number, error: string | undefined, description: string | undefined): string {
  return `The PAR endpoint answered ${status}${error ? ` ${error}` : ''}${description ? `: ${description.replace(/\.$/, '')}` : ''}`;
}

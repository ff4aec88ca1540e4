import type { SwitchAvailability } from '../protocols/switch-availability';
import type { ProtocolSwitch } from '../protocols/protocol-choices';

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

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
} as const satisfies Record<ProtocolSwitch, { label: string; hint: string }>;

/** Why a switch cannot be used with this provider, or what is not known yet. */
export function switchAvailabilityText(availability: SwitchAvailability): string | undefined {
  switch (availability.availability) {
    case 'offered':
      return availability.required ? 'This provider requires pushed requests (require_pushed_authorization_requests).' : undefined;
    case 'unknown':
      return 'Fetch discovery to know whether this provider offers it; the launch checks it too.';
    case 'not-offered':
      return availability.reason === 'no-par-endpoint'
        ? 'Unavailable: this provider’s discovery names no pushed_authorization_request_endpoint (RFC 9126 §5).'
        : 'Unavailable: this provider’s discovery does not list ES256 in dpop_signing_alg_values_supported (RFC 9449 §5.1).';
  }
}

/** A launch with PAR on against a provider without a PAR endpoint, or whose PAR endpoint refused. */
export const PAR_NOT_OFFERED = 'PAR is on, but the provider’s discovery names no pushed_authorization_request_endpoint (RFC 9126 §5); turn the switch off';

export function parRefusedText(status: number, error: string | undefined, description: string | undefined): string {
  return `The PAR endpoint answered ${status}${error ? ` ${error}` : ''}${description ? `: ${description.replace(/\.$/, '')}` : ''}`;
}

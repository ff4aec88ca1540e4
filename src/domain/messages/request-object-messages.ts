import type { RequestObjectMode } from '../protocols/request-object-choice';
import type { RequestObjectUnavailable } from '../protocols/request-object-availability';

// Imported from this module, not the messages barrel: these load with the lazy control and the results, never on the first route.

/** The request-object control of the compose screen (RFC 9101). */
export const REQUEST_OBJECT_TEXT = {
  legend: 'Send the request as a signed request object (RFC 9101)',
  algorithm: 'Signed with',
  keyHeading: 'The public key to register',
  keyHintMock: 'The mock registers this key in its client settings when you launch. The private key never leaves this tab and is gone when you close it.',
  keyHintReal: 'Register this public key with the client at your provider (its jwks), or the provider refuses the request object. The private key never leaves this tab and is gone when you close it.',
  keyHintFixed: 'Deterministic mode signs with a published test key (the same on every run, so snapshots hold): it protects nothing.',
  keyHintSecret: 'HS256 signs with the client secret you typed: nothing to register.',
  makeKey: 'Make the key now',
  claimsLesson:
    'Inside a request object, the claims request, scopes, state and redirect URI are what the provider uses: a copy outside the object is ignored (RFC 9101 §6.3).',
} as const;

export const REQUEST_OBJECT_MODE_TEXT: Readonly<Record<RequestObjectMode, { readonly label: string; readonly hint: string }>> = {
  off: { label: 'Off', hint: 'The authorize parameters travel as they are.' },
  value: { label: 'By value', hint: 'The authorize URL carries client_id, response_type and request, a JWT the page signs (RFC 9101 §5.1).' },
  reference: {
    label: 'By reference, through PAR',
    hint: 'The signed request object is pushed to the PAR endpoint; the browser carries client_id and a one-time request_uri (RFC 9126 §3).',
  },
};

/** Why a mode cannot be used with this provider. */
export function requestObjectUnavailableText(reason: RequestObjectUnavailable): string {
  switch (reason) {
    case 'no-request-parameter':
      return 'Unavailable: this provider’s discovery does not say request_parameter_supported: true (RFC 9101 §10.1).';
    case 'alg-not-listed':
      return 'Unavailable with this algorithm: it is not in the provider’s request_object_signing_alg_values_supported (RFC 9101 §10.1).';
    case 'no-par-endpoint':
      return 'Unavailable: this provider’s discovery names no pushed_authorization_request_endpoint (RFC 9126 §5).';
    case 'hs256-needs-secret':
      return 'HS256 signs with a client secret: it needs a confidential client (RFC 9101 §4). Choose ES256 or RS256.';
  }
}

export const REQUEST_OBJECT_NEEDS_SECRET = 'HS256 request objects are signed with the client secret; type it in the client secret field first.';
export const REQUEST_OBJECT_NOT_OFFERED = 'The request-object switch is on, but this provider does not offer it';

/** The raw HTTP step's request object, decoded. */
export const REQUEST_OBJECT_DECODED_TEXT = {
  heading: 'Request object, decoded',
  header: 'Header (how it was signed):',
  payload: 'Payload (the authorize parameters the provider uses, RFC 9101 §6.3):',
} as const;

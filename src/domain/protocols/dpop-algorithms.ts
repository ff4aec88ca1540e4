/**
 * RFC 9449 §4.2: DPoP proofs are signed with asymmetric algorithms only; the mock accepts these, and
 * its discovery advertises them (dpop_signing_alg_values_supported, §5.1).
 * https://www.rfc-editor.org/rfc/rfc9449#section-4.2
 */
export const DPOP_ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'] as const;

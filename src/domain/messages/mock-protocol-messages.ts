import type { MockProtocolSetting } from '../protocols/mock-protocol-settings';

/** The mock's protocol settings as its settings panel names them, with what each changes. */
export const MOCK_PROTOCOL_SETTING_TEXT = {
  requirePar: {
    label: 'Require pushed requests (require_pushed_authorization_requests)',
    hint: 'The mock’s client is registered with this metadata of RFC 9126 §6: an authorize request sent in the URL instead of through the PAR endpoint is refused with invalid_request. Discovery’s member of the same name stays false, since it speaks for every client.',
  },
  jwtAccessTokens: {
    label: 'Issue JWT access tokens (RFC 9068)',
    hint: 'Access tokens become JWTs typed at+jwt, signed with the mock’s key: iss, exp, aud, sub, client_id, iat, jti, scope, and cnf.jkt when DPoP-bound. The results decode them and verify them against the JWKS.',
  },
} as const satisfies Record<MockProtocolSetting, { label: string; hint: string }>;

export const MOCK_PROTOCOL_SETTINGS_LEGEND = 'Protocol settings of the mock';

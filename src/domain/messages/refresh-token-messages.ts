import type { RefreshTokenExplanation } from '../mock/refresh-token-rule';

const WITHHELD = {
  'offline-access-not-requested': 'offline_access was not requested',
  'offline-access-not-allowed': 'the token policy does not allow offline_access',
  'offline-access-without-consent': 'offline_access was asked without prompt=consent, so it was dropped',
} as const;

/** The sentence about a mock run's refresh token: the profile's rule, and whether the response bore it out. */
export function refreshTokenText(explanation: RefreshTokenExplanation): string {
  const rule =
    explanation.code === 'every-code'
      ? explanation.source
      : explanation.code === 'offline-access-consented'
        ? 'Refresh token issued: offline_access was asked with prompt=consent (OIDC Core section 11).'
        : `No refresh token: ${WITHHELD[explanation.code]} (OIDC Core section 11).`;
  if (explanation.contradictedBy === undefined) return rule;
  const came = explanation.contradictedBy === 'refresh-token-returned' ? 'has a refresh_token' : 'has no refresh_token';
  return `${rule} Yet the token response ${came}: the provider did not follow this rule.`;
}

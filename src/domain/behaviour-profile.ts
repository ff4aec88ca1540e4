/** How the mock provider behaves: the two reference products (docs/domain.md#sources) and plain OIDC Core. */
export const BEHAVIOUR_PROFILES = ['hosted-login', 'next-identity', 'oidc-core'] as const;
export type BehaviourProfile = (typeof BEHAVIOUR_PROFILES)[number];

export const BEHAVIOUR_LABELS: Record<BehaviourProfile, string> = {
  'hosted-login': 'Hosted Login',
  'next-identity': 'Next Identity',
  'oidc-core': 'OIDC Core',
};

export const BEHAVIOUR_SUMMARIES: Record<BehaviourProfile, string> = {
  'hosted-login': 'Scope claims are served at userinfo only; the id_token gets what claims.id_token asks for. Userinfo adds global_sub.',
  'next-identity': 'Scope claims appear in the id_token as well as at userinfo.',
  'oidc-core': 'OIDC Core §5.4: with an access token issued, scope claims come from userinfo; the claims parameter works for both.',
};

export function isBehaviourProfile(value: string | null | undefined): value is BehaviourProfile {
  return (BEHAVIOUR_PROFILES as readonly string[]).includes(value ?? '');
}

/** Whether scope-requested claims are also placed in the id_token. */
export function scopeClaimsInIdToken(profile: BehaviourProfile): boolean {
  return profile === 'next-identity';
}

/**
 * Next Identity's reference id_token carries `"updated_at": "2021-01-07 20:44:35.176625 +0000"`, a
 * string, where OIDC Core §5.1 says a number of seconds. The Next Identity profile does the same,
 * so the results screen can flag it (claim-types.ts): a real lesson for integrators.
 * https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims
 */
export function updatedAtAsProfileSends(profile: BehaviourProfile, seconds: number): number | string {
  if (profile !== 'next-identity') return seconds;
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000 +0000`;
}

/** How the mock provider behaves: the two reference products and plain OIDC Core. */
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

import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import { claimsOfScope, type ClaimEntry } from '../scopes-and-claims/catalogue';

/**
 * How the mock provider behaves: the two reference products (docs/domain.md#sources) and plain
 * OIDC Core, as one table.
 * The mock (what it releases and issues) and the explanations (why) both read these properties;
 * nothing else names a profile. Adding a profile means adding an entry here, and a line in the
 * README's URL-parameter table; the tests in behaviour-profile.test.ts run over every entry.
 */

/**
 * Where the claims of a granted standard scope are placed. OIDC Core §5.4: when an access token
 * is issued, scope claims are returned from the userinfo endpoint; a provider may put them in the
 * id_token as well. https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims
 */
export type ScopeClaimPlacement = 'userinfo' | 'id_token' | 'both';

/**
 * Custom scopes of the login policy (`prefix:scope_name:suffix`): Next Identity's reference lets a
 * granted one carry its custom claims to both places, the suffix optional in the request; others
 * know no such scopes.
 */
export type CustomScopeHandling = 'not-supported' | 'carry-custom-claims';

/** How `updated_at` is written: OIDC Core §5.1 says seconds; Next Identity's reference sends a timestamp text. */
export type UpdatedAtFormat = 'epoch-seconds' | 'timestamp-text';

/** A provider-specific claim the profile adds at userinfo, whatever was asked. */
export interface ExtraUserinfoClaim {
  readonly name: string;
  /** What it is, as a noun phrase for the explanation. */
  readonly meaning: string;
  readonly value: (subject: { readonly issuer: string; readonly sub: string }) => string;
}

/**
 * When a refresh token is issued, and whether it outlives sign-out (read by refresh-token-rule.ts).
 * OIDC Core §11: https://openid.net/specs/openid-connect-core-1_0.html#OfflineAccess
 */
export type RefreshTokenRule =
  | { readonly kind: 'with-every-code'; readonly outlivesSignOut: false; readonly source: string }
  | { readonly kind: 'offline-access-with-consent'; readonly outlivesSignOut: true; readonly source: string };

export interface BehaviourProfileDefinition {
  readonly label: string;
  /** One sentence under the profile picker. */
  readonly summary: string;
  readonly scopeClaims: ScopeClaimPlacement;
  readonly customScopes: CustomScopeHandling;
  readonly extraUserinfoClaims: readonly ExtraUserinfoClaim[];
  readonly updatedAt: UpdatedAtFormat;
  readonly refreshToken: RefreshTokenRule;
  /**
   * Standard claims (OIDC Core §5.1) this profile never releases, by scope or by the claims
   * parameter. OIDC Core §5.4 lists 14 claims for `profile`; the reference products release nine.
   * https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims
   */
  readonly withheldClaims: readonly string[];
  /** Standard claims the profile releases in name but maps no profile attribute to, so they never carry a value. */
  readonly unmappedClaims: readonly string[];
  /**
   * Examples for the scope fields that do what they say under this profile: a custom scope is
   * matched without its suffix only where custom scopes carry claims (Next Identity).
   */
  readonly scopeExamples: { readonly requested: string; readonly allowed: string };
}

/** Under profiles without custom scopes, a scope the token policy allows is granted as spelt; bob is unknown everywhere. */
const PLAIN_SCOPE_EXAMPLES = { requested: 'api:read bob', allowed: 'api:read' };

/** The five §5.4 profile claims the reference products' claim tables do not have. */
const NOT_IN_REFERENCE_PRODUCTS = ['profile', 'picture', 'website', 'zoneinfo', 'locale'];

/**
 * Hosted Login's reference ("Using Scopes") shows `global_sub` at userinfo: the user's identifier
 * across the platform's applications, not only this client.
 */
const GLOBAL_SUB: ExtraUserinfoClaim = {
  name: 'global_sub',
  meaning: 'Hosted Login’s global subject',
  value: ({ issuer, sub }) => `capture-v1://${new URL(issuer).host}/playground/user/${sub}`,
};

/**
 * - Hosted Login: scope claims at userinfo only; its reference says nothing about refresh tokens,
 *   and it runs on the same platform as Next Identity, so a refresh token comes the same way.
 * - Next Identity: its reference's token response carries a `refresh_token` for
 *   `openid email profile ad:user_custom`, without `offline_access`: one comes with every code.
 * - OIDC Core §11: `offline_access` asks for a refresh token that works when the user is not
 *   signed in; the provider grants it only with `prompt=consent` and otherwise ignores it.
 */
export const BEHAVIOUR_PROFILES = {
  'hosted-login': {
    label: 'Hosted Login',
    summary: 'Scope claims are served at userinfo only; the id_token gets what claims.id_token asks for. Userinfo adds global_sub.',
    scopeClaims: 'userinfo',
    customScopes: 'not-supported',
    extraUserinfoClaims: [GLOBAL_SUB],
    updatedAt: 'epoch-seconds',
    refreshToken: {
      kind: 'with-every-code',
      outlivesSignOut: false,
      source: 'Hosted Login (same platform as Next Identity): a refresh token comes with every code and ends with the sign-in session.',
    },
    withheldClaims: NOT_IN_REFERENCE_PRODUCTS,
    // Hosted Login's claim table lists nickname with no profile attribute behind it.
    unmappedClaims: ['nickname'],
    scopeExamples: PLAIN_SCOPE_EXAMPLES,
  },
  'next-identity': {
    label: 'Next Identity',
    summary: 'Scope claims appear in the id_token as well as at userinfo.',
    scopeClaims: 'both',
    customScopes: 'carry-custom-claims',
    extraUserinfoClaims: [],
    updatedAt: 'timestamp-text',
    refreshToken: {
      kind: 'with-every-code',
      outlivesSignOut: false,
      source: 'Next Identity reference: its token response has a refresh_token without offline_access; it ends with the sign-in session.',
    },
    withheldClaims: NOT_IN_REFERENCE_PRODUCTS,
    unmappedClaims: ['nickname'],
    // The reference's custom scope, requested without its suffix (ad:user_custom:read).
    scopeExamples: { requested: 'ad:user_custom bob', allowed: 'ad:user_custom:read' },
  },
  'oidc-core': {
    label: 'OIDC Core',
    summary: 'OIDC Core §5.4: with an access token issued, scope claims come from userinfo; the claims parameter works for both.',
    scopeClaims: 'userinfo',
    customScopes: 'not-supported',
    extraUserinfoClaims: [],
    updatedAt: 'epoch-seconds',
    refreshToken: {
      kind: 'offline-access-with-consent',
      outlivesSignOut: true,
      source: 'OIDC Core section 11: a refresh token only for offline_access asked with prompt=consent; it outlives sign-out.',
    },
    withheldClaims: [],
    unmappedClaims: [],
    scopeExamples: PLAIN_SCOPE_EXAMPLES,
  },
} as const satisfies Record<string, BehaviourProfileDefinition>;

export type BehaviourProfile = keyof typeof BEHAVIOUR_PROFILES;

/** The profile ids in table order: the order of the picker. */
export const BEHAVIOUR_PROFILE_IDS = Object.keys(BEHAVIOUR_PROFILES) as readonly BehaviourProfile[];

/** The profile the mock starts with. */
export const DEFAULT_BEHAVIOUR_PROFILE: BehaviourProfile = 'hosted-login';

/**
 * What the explanation assumes of a real provider, whose settings it cannot see: the plain rules
 * of OIDC Core (scope claims at userinfo, §5.4; no custom scopes).
 */
export const REAL_PROVIDER_RULES: BehaviourProfileDefinition = BEHAVIOUR_PROFILES['oidc-core'];

export function behaviourProfile(id: BehaviourProfile): BehaviourProfileDefinition {
  return BEHAVIOUR_PROFILES[id];
}

export function isBehaviourProfile(value: string | null | undefined): value is BehaviourProfile {
  return value !== null && value !== undefined && Object.hasOwn(BEHAVIOUR_PROFILES, value);
}

/** The ids as a person reads them in an error message: "a, b or c". */
export function listBehaviourProfiles(conjunction: 'or' | 'and' = 'or'): string {
  const ids = [...BEHAVIOUR_PROFILE_IDS];
  const last = ids.pop();
  return ids.length > 0 ? `${ids.join(', ')} ${conjunction} ${last}` : (last ?? '');
}

/** Whether a profile places scope claims in a target (OIDC Core §5.4). */
export function scopeClaimsReach(rules: BehaviourProfileDefinition, target: ClaimTarget): boolean {
  return rules.scopeClaims === 'both' || rules.scopeClaims === target;
}

/** Whether a profile releases a claim at all: every name but the standard claims it withholds. */
export function releasesClaim(rules: BehaviourProfileDefinition, claim: string): boolean {
  return !rules.withheldClaims.includes(claim);
}

/** The claims a standard scope carries under a profile, in catalogue order (OIDC Core §5.4, less what the profile withholds). */
export function scopeClaimsUnder(rules: BehaviourProfileDefinition, scope: string): readonly ClaimEntry[] {
  return claimsOfScope(scope).filter((entry) => releasesClaim(rules, entry.name));
}

/** The claims of a standard scope a profile does not release, for the picker and the catalogue to say so. */
export function scopeClaimsWithheld(rules: BehaviourProfileDefinition, scope: string): readonly string[] {
  return claimsOfScope(scope).filter((entry) => !releasesClaim(rules, entry.name)).map((entry) => entry.name);
}

/** Provider-specific claims any profile adds, so the explanation recognises them on any provider. */
export const PROVIDER_SPECIFIC_CLAIMS: ReadonlyMap<string, ExtraUserinfoClaim> = new Map(
  Object.values(BEHAVIOUR_PROFILES).flatMap((profile: BehaviourProfileDefinition) => profile.extraUserinfoClaims.map((claim) => [claim.name, claim] as const)),
);

/**
 * Next Identity's reference id_token carries `"updated_at": "2021-01-07 20:44:35.176625 +0000"`, a
 * string, where OIDC Core §5.1 says a number of seconds. The Next Identity profile does the same,
 * so the results screen can flag it (claim-types.ts): a real lesson for integrators.
 * https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims
 */
export function updatedAtAsProfileSends(profile: BehaviourProfile, seconds: number): number | string {
  if (BEHAVIOUR_PROFILES[profile].updatedAt === 'epoch-seconds') return seconds;
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000 +0000`;
}

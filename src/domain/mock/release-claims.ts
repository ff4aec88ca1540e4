import { findClaim, type ProfileAttribute } from '../scopes-and-claims/catalogue';
import { BEHAVIOUR_PROFILES, releasesClaim, scopeClaimsReach, scopeClaimsUnder, updatedAtAsProfileSends, type BehaviourProfile, type BehaviourProfileDefinition } from './behaviour-profile';
import { EMPTY_LOGIN_POLICY, findCustomScope, type ClaimMapping, type LoginPolicy } from './login-policy';
import { CLAIM_TARGETS, type ClaimsRequest, type ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import { claimValue } from './profile-claims';
import { isProtocolClaim } from '../scopes-and-claims/protocol-claims';
import type { UserProfile } from './user-profile';

/** What decides a release: the profile's rules, what was granted and asked, the login policy. */
export interface ReleasePlanInput {
  readonly rules: BehaviourProfileDefinition;
  readonly grantedScopes: readonly string[];
  readonly claimsRequest: ClaimsRequest | undefined;
  readonly loginPolicy?: LoginPolicy;
}

export interface ReleaseClaimsInput {
  readonly behaviour: BehaviourProfile;
  readonly grantedScopes: readonly string[];
  readonly claimsRequest: ClaimsRequest | undefined;
  readonly user: UserProfile;
  /** The issuer and the subject of the grant: a profile's extra claims (global_sub) are made of them. */
  readonly issuer: string;
  readonly subject: string;
  readonly loginPolicy?: LoginPolicy;
}

/** Why a claim is released to a target. */
export type ReleaseRoute =
  /** A claim the profile adds at userinfo whatever was asked (global_sub). */
  | { readonly kind: 'profile-extra' }
  /** A claim of a granted standard scope, where the profile places them (OIDC Core §5.4). */
  | { readonly kind: 'scope'; readonly scope: string }
  /** Asked for by name through the claims parameter (OIDC Core §5.5). */
  | { readonly kind: 'claims-request' }
  /** A custom claim of a granted custom scope, as requested and as the login policy defines it. */
  | { readonly kind: 'custom-scope'; readonly scope: string; readonly definedAs: string; readonly attribute: ProfileAttribute }
  /** A custom claim the login policy maps to this target on every sign-in. */
  | { readonly kind: 'custom-claim'; readonly attribute: ProfileAttribute }
  /** A custom claim asked for by name through the claims parameter. */
  | { readonly kind: 'requested-custom-claim'; readonly attribute: ProfileAttribute };

export interface PlannedRelease {
  readonly claim: string;
  readonly target: ClaimTarget;
  readonly route: ReleaseRoute;
}

/** User claims (no JWT protocol claims) a provider releases to the id_token and to userinfo. */
export interface ReleasedClaims {
  readonly idToken: Record<string, unknown>;
  readonly userinfo: Record<string, unknown>;
}

/**
 * Which user claims go where, and why, in the order the provider writes them (a later route of
 * the same claim overwrites an earlier one). Scope claims follow the behaviour profile; a claim
 * asked for through the `claims` parameter is delivered to its target whatever scopes were
 * granted (the reference's `scope=openid` + gender example). Unknown claim names are ignored
 * (OIDC Core §5.5). Custom claims of the login policy go to their target on every sign-in (Hosted
 * Login); custom scopes carry their claims to both places where the profile supports them.
 * A standard claim the profile withholds (OIDC Core §5.4's profile claims beyond the reference
 * products' nine) is released by no route.
 * Whether a route yields a value depends on the user: the plan does not know it, so the
 * explanation reads the same decision the mock makes.
 * https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims
 */
export function planRelease(input: ReleasePlanInput): PlannedRelease[] {
  const policy = input.loginPolicy ?? EMPTY_LOGIN_POLICY;
  const { rules } = input;
  const scopeClaims = input.grantedScopes.flatMap((scope) =>
    scopeClaimsUnder(rules, scope).flatMap((c) => (isProtocolClaim(c.name) ? [] : [{ claim: c.name, route: { kind: 'scope', scope } as const }])),
  );
  const customScopes = rules.customScopes === 'carry-custom-claims'
    ? input.grantedScopes.flatMap((scope) => {
        const custom = findCustomScope(scope, policy);
        return custom ? [{ scope, custom }] : [];
      })
    : [];
  return CLAIM_TARGETS.flatMap((target) => {
    const planned: PlannedRelease[] = [];
    const add = (claim: string, route: ReleaseRoute) => planned.push({ claim, target, route });
    if (target === 'userinfo') for (const extra of rules.extraUserinfoClaims) add(extra.name, { kind: 'profile-extra' });
    if (scopeClaimsReach(rules, target)) for (const { claim, route } of scopeClaims) add(claim, route);
    // A standard claim the profile withholds is not released by name either (Hosted Login has no picture).
    for (const claim of requestedNames(input.claimsRequest, target)) if (releasesClaim(rules, claim)) add(claim, { kind: 'claims-request' });
    for (const { scope, custom } of customScopes) {
      for (const [claim, attribute] of Object.entries(custom.mapping)) add(claim, { kind: 'custom-scope', scope, definedAs: custom.definedAs, attribute });
    }
    for (const [claim, attribute] of Object.entries(policy.customClaims[target])) add(claim, { kind: 'custom-claim', attribute });
    for (const [claim, attribute] of requestedCustom(input.claimsRequest, target, policy)) add(claim, { kind: 'requested-custom-claim', attribute });
    return planned;
  });
}

/** The plan of a profile, with the values the user's profile holds. */
export function releaseClaims(input: ReleaseClaimsInput): ReleasedClaims {
  const rules = BEHAVIOUR_PROFILES[input.behaviour];
  const plan = planRelease({ rules, grantedScopes: input.grantedScopes, claimsRequest: input.claimsRequest, loginPolicy: input.loginPolicy });
  // OIDC Core §5.3.2: the sub claim is always returned at userinfo.
  const released: Record<ClaimTarget, Record<string, unknown>> = { id_token: {}, userinfo: { sub: input.user.uuid } };
  for (const { claim, target, route } of plan) {
    const value = valueOf(claim, route, input, rules);
    if (value !== undefined) released[target][claim] = value;
  }
  return { idToken: withProfileTimes(released.id_token, input.behaviour), userinfo: withProfileTimes(released.userinfo, input.behaviour) };
}

function valueOf(claim: string, route: ReleaseRoute, input: ReleaseClaimsInput, rules: BehaviourProfileDefinition): unknown {
  switch (route.kind) {
    case 'profile-extra':
      return rules.extraUserinfoClaims.find((extra) => extra.name === claim)?.value({ issuer: input.issuer, sub: input.subject });
    case 'scope':
    case 'claims-request':
      return rules.unmappedClaims.includes(claim) ? undefined : claimValue(claim, input.user);
    case 'custom-scope':
    case 'custom-claim':
    case 'requested-custom-claim': {
      const value = input.user[route.attribute];
      return value === null ? undefined : value;
    }
  }
}

function withProfileTimes(claims: Record<string, unknown>, behaviour: BehaviourProfile): Record<string, unknown> {
  if (typeof claims.updated_at !== 'number') return claims;
  return { ...claims, updated_at: updatedAtAsProfileSends(behaviour, claims.updated_at) };
}

function requestedNames(request: ClaimsRequest | undefined, target: ClaimTarget): string[] {
  // Protocol claims (iss, auth_time…) are the provider's to set; a request cannot override them.
  return Object.keys(request?.[target] ?? {}).filter((name) => !isProtocolClaim(name));
}

/** A custom claim can also be asked for by name through the claims parameter (Hosted Login reference). */
function requestedCustom(request: ClaimsRequest | undefined, target: ClaimTarget, policy: LoginPolicy): Array<[string, ClaimMapping[keyof ClaimMapping]]> {
  const all: Record<string, ClaimMapping[keyof ClaimMapping]> = {
    ...Object.assign({}, ...Object.values(policy.customScopes)),
    ...policy.customClaims.userinfo,
    ...policy.customClaims.id_token,
  };
  return Object.keys(request?.[target] ?? {}).flatMap((name) => {
    const attribute = Object.hasOwn(all, name) && !findClaim(name) ? all[name] : undefined;
    return attribute ? [[name, attribute]] : [];
  });
}

import { claimsOfScope, findClaim } from './catalogue';
import { scopeClaimsInIdToken, type BehaviourProfile } from './behaviour-profile';
import type { ClaimsRequest, ClaimTarget } from './parse-claims-request';
import { claimValue } from './profile-claims';
import type { UserProfile } from './user-profile';

export interface ReleaseClaimsInput {
  readonly behaviour: BehaviourProfile;
  readonly grantedScopes: readonly string[];
  readonly claimsRequest: ClaimsRequest | undefined;
  readonly user: UserProfile;
  readonly globalSub: string;
}

/** User claims (no JWT protocol claims) a provider releases to the id_token and to userinfo. */
export interface ReleasedClaims {
  readonly idToken: Record<string, unknown>;
  readonly userinfo: Record<string, unknown>;
}

/**
 * Which user claims go where. Scope claims follow the behaviour profile; a claim asked for
 * through the `claims` parameter is delivered to its target whatever scopes were granted (the
 * reference's `scope=openid` + gender example). Unknown claim names are ignored (OIDC Core §5.5).
 */
export function releaseClaims(input: ReleaseClaimsInput): ReleasedClaims {
  const scopeClaims = input.grantedScopes.flatMap((scope) => claimsOfScope(scope).map((c) => c.name));
  const userinfoNames = [...scopeClaims, ...requestedNames(input.claimsRequest, 'userinfo')];
  const idTokenNames = [
    ...(scopeClaimsInIdToken(input.behaviour) ? scopeClaims : []),
    ...requestedNames(input.claimsRequest, 'id_token'),
  ];

  const userinfo: Record<string, unknown> = { sub: input.user.uuid };
  if (input.behaviour === 'hosted-login') userinfo.global_sub = input.globalSub;
  Object.assign(userinfo, valuesFor(userinfoNames, input.user));
  return { idToken: valuesFor(idTokenNames, input.user), userinfo };
}

function requestedNames(request: ClaimsRequest | undefined, target: ClaimTarget): string[] {
  // Protocol claims (iss, auth_time…) are the provider's to set; a request cannot override them.
  return Object.keys(request?.[target] ?? {}).filter((name) => findClaim(name)?.source.kind !== 'protocol');
}

function valuesFor(names: readonly string[], user: UserProfile): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const name of names) {
    if (name === 'sub' || name === 'auth_time') continue;
    const value = claimValue(name, user);
    if (value !== undefined) claims[name] = value;
  }
  return claims;
}

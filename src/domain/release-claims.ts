import { claimsOfScope, findClaim } from './catalogue';
import { scopeClaimsInIdToken, updatedAtAsProfileSends, type BehaviourProfile } from './behaviour-profile';
import { EMPTY_LOGIN_POLICY, findCustomScope, type ClaimMapping, type LoginPolicy } from './login-policy';
import type { ClaimsRequest, ClaimTarget } from './parse-claims-request';
import { claimValue } from './profile-claims';
import type { UserProfile } from './user-profile';

export interface ReleaseClaimsInput {
  readonly behaviour: BehaviourProfile;
  readonly grantedScopes: readonly string[];
  readonly claimsRequest: ClaimsRequest | undefined;
  readonly user: UserProfile;
  readonly globalSub: string;
  readonly loginPolicy?: LoginPolicy;
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
 * Custom claims of the login policy go to their target on every sign-in (Hosted Login); custom
 * scopes carry their claims to both places, and only under Next Identity.
 */
export function releaseClaims(input: ReleaseClaimsInput): ReleasedClaims {
  const policy = input.loginPolicy ?? EMPTY_LOGIN_POLICY;
  const scopeClaims = input.grantedScopes.flatMap((scope) => claimsOfScope(scope).map((c) => c.name));
  const userinfoNames = [...scopeClaims, ...requestedNames(input.claimsRequest, 'userinfo')];
  const idTokenNames = [
    ...(scopeClaimsInIdToken(input.behaviour) ? scopeClaims : []),
    ...requestedNames(input.claimsRequest, 'id_token'),
  ];
  const customScopeMappings =
    input.behaviour === 'next-identity'
      ? input.grantedScopes.flatMap((scope) => {
          const custom = findCustomScope(scope, policy);
          return custom ? [custom.mapping] : [];
        })
      : [];

  const userinfo: Record<string, unknown> = { sub: input.user.uuid };
  if (input.behaviour === 'hosted-login') userinfo.global_sub = input.globalSub;
  Object.assign(
    userinfo,
    valuesFor(userinfoNames, input.user),
    ...customScopeMappings.map((m) => mapped(m, input.user)),
    mapped(policy.customClaims.userinfo, input.user),
    requestedCustom(input.claimsRequest, 'userinfo', policy, input.user),
  );
  const idToken = Object.assign(
    valuesFor(idTokenNames, input.user),
    ...customScopeMappings.map((m) => mapped(m, input.user)),
    mapped(policy.customClaims.id_token, input.user),
    requestedCustom(input.claimsRequest, 'id_token', policy, input.user),
  );
  return { idToken: withProfileTimes(idToken, input.behaviour), userinfo: withProfileTimes(userinfo, input.behaviour) };
}

function withProfileTimes(claims: Record<string, unknown>, behaviour: BehaviourProfile): Record<string, unknown> {
  if (typeof claims.updated_at !== 'number') return claims;
  return { ...claims, updated_at: updatedAtAsProfileSends(behaviour, claims.updated_at) };
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

function mapped(mapping: ClaimMapping, user: UserProfile): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const [claim, attribute] of Object.entries(mapping)) {
    const value = user[attribute];
    if (value !== undefined && value !== null) claims[claim] = value;
  }
  return claims;
}

/** A custom claim can also be asked for by name through the claims parameter (Hosted Login reference). */
function requestedCustom(request: ClaimsRequest | undefined, target: ClaimTarget, policy: LoginPolicy, user: UserProfile): Record<string, unknown> {
  const all: Record<string, ClaimMapping[keyof ClaimMapping]> = {
    ...Object.assign({}, ...Object.values(policy.customScopes)),
    ...policy.customClaims.userinfo,
    ...policy.customClaims.id_token,
  };
  const wanted = Object.keys(request?.[target] ?? {}).filter((name) => name in all && !findClaim(name));
  return mapped(Object.fromEntries(wanted.flatMap((name) => { const attribute = all[name]; return attribute ? [[name, attribute]] : []; })), user);
}

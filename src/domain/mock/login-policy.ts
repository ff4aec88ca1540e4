import { PROFILE_ATTRIBUTES, isProfileAttribute, type ProfileAttribute } from '../scopes-and-claims/catalogue';
import { isProtocolClaim } from '../scopes-and-claims/protocol-claims';
import { isPlainObject } from '../text/json-values';
import { readJsonObject } from '../text/json-syntax-problem';
import { suggestName } from '../text/suggest-name';
import type { TextPosition } from '../text/text-position';

/** Claim name → profile attribute. Claim names are free; attribute names must match the schema exactly. */
export type ClaimMapping = Readonly<Record<string, ProfileAttribute>>;

/**
 * The mock's login policy: custom claims (Hosted Login reference, "Creating Custom Claims") and
 * custom scopes that carry claims (Next Identity reference, `prefix:scope_name:suffix`).
 */
export interface LoginPolicy {
  readonly customClaims: { readonly id_token: ClaimMapping; readonly userinfo: ClaimMapping };
  readonly customScopes: Readonly<Record<string, ClaimMapping>>;
}

export const EMPTY_LOGIN_POLICY: LoginPolicy = { customClaims: { id_token: {}, userinfo: {} }, customScopes: {} };

/** The Next Identity reference's custom scope; it only has effect under the Next Identity profile. */
export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  customClaims: { id_token: {}, userinfo: {} },
  customScopes: { 'ad:user_custom:read': { company_name: 'companyName' } },
};

/** The Hosted Login reference's consent claims, mapped to the id_token. */
export const CONSENT_CLAIMS_POLICY: LoginPolicy = {
  ...DEFAULT_LOGIN_POLICY,
  customClaims: {
    id_token: {
      consent_email_marketing: 'email_marketing_optIn',
      consent_ui_preferences: 'ui_preferences_optIn',
      consent_personalized_ads: 'personalized_ads_optIn',
    },
    userinfo: {},
  },
};

/** Every custom claim name the policy can release, so the claims editor does not call them unknown. */
export function customClaimNames(policy: LoginPolicy): string[] {
  const mappings = [policy.customClaims.id_token, policy.customClaims.userinfo, ...Object.values(policy.customScopes)];
  return [...new Set(mappings.flatMap((m) => Object.keys(m)))];
}

export type LoginPolicyParse = { outcome: 'valid'; policy: LoginPolicy } | { outcome: 'invalid'; message: string; at: TextPosition };

/** Checks an edited login policy; a wrong attribute name is a configuration error naming the closest one. */
export function parseLoginPolicy(text: string): LoginPolicyParse {
  if (text.trim() === '') return { outcome: 'valid', policy: EMPTY_LOGIN_POLICY };
  const read = readJsonObject(text, 'The login policy must be a JSON object with "customClaims" and/or "customScopes".');
  if (read.outcome === 'invalid') return { outcome: 'invalid', ...read.problem };
  const parsed = read.value;
  const invalid = (message: string, path: readonly string[]): LoginPolicyParse => ({ outcome: 'invalid', ...read.problemAt(message, path) });
  for (const key of Object.keys(parsed)) {
    if (key !== 'customClaims' && key !== 'customScopes') return invalid(`"${key}" is not part of a login policy; use "customClaims" or "customScopes".`, [key]);
  }

  const claims = parsed.customClaims ?? {};
  if (!isPlainObject(claims)) return invalid('"customClaims" must be an object: {"id_token": {claim: attribute}, "userinfo": {…}}.', ['customClaims']);
  const customClaims: Record<'id_token' | 'userinfo', ClaimMapping> = { id_token: {}, userinfo: {} };
  for (const [target, mapping] of Object.entries(claims)) {
    if (target !== 'id_token' && target !== 'userinfo') return invalid(`customClaims."${target}" must be "id_token" or "userinfo".`, ['customClaims', target]);
    const checked = checkMapping(mapping, `customClaims.${target}`, ['customClaims', target]);
    if ('message' in checked) return invalid(checked.message, checked.path);
    customClaims[target] = checked.mapping;
  }

  const scopes = parsed.customScopes ?? {};
  if (!isPlainObject(scopes)) return invalid('"customScopes" must be an object: {"prefix:scope_name:suffix": {claim: attribute}}.', ['customScopes']);
  const customScopes: Record<string, ClaimMapping> = {};
  for (const [scope, mapping] of Object.entries(scopes)) {
    if (/\s/.test(scope) || scope === '') return invalid(`customScopes: "${scope}" is not a valid scope name (no spaces).`, ['customScopes', scope]);
    const checked = checkMapping(mapping, `customScopes."${scope}"`, ['customScopes', scope]);
    if ('message' in checked) return invalid(checked.message, checked.path);
    customScopes[scope] = checked.mapping;
  }
  return { outcome: 'valid', policy: { customClaims, customScopes } };
}

function checkMapping(
  mapping: unknown,
  where: string,
  path: readonly string[],
): { mapping: ClaimMapping } | { message: string; path: readonly string[] } {
  if (!isPlainObject(mapping)) return { message: `${where} must map claim names to profile attribute names.`, path };
  const result: Record<string, ProfileAttribute> = {};
  for (const [claim, attribute] of Object.entries(mapping)) {
    // OIDC Core §5.3.2 ("The sub Claim MUST always be returned") and §2: sub, iss, aud, nonce, azp…
    // are the provider's own; a mapping that would overwrite one is a configuration error.
    // https://openid.net/specs/openid-connect-core-1_0.html#UserInfoResponse
    if (isProtocolClaim(claim)) {
      return {
        message: `${where}."${claim}": ${claim} is a protocol claim the provider sets itself; a custom claim cannot replace it. Choose another claim name.`,
        path: [...path, claim],
      };
    }
    if (typeof attribute !== 'string') return { message: `${where}."${claim}" must name a profile attribute (a string).`, path: [...path, claim] };
    if (!isProfileAttribute(attribute)) {
      const hint = suggestName(attribute, PROFILE_ATTRIBUTES);
      return {
        message: `${where}."${claim}": "${attribute}" is not a profile attribute${hint ? `; did you mean "${hint}"?` : '.'} Attribute names must match the schema exactly, case included.`,
        path: [...path, claim],
      };
    }
    result[claim] = attribute;
  }
  return { mapping: result };
}

/**
 * Finds the custom scope a requested scope names. The suffix is optional in a request:
 * `ad:user_custom` matches `ad:user_custom:read` (Next Identity reference).
 */
export function matchCustomScope(requested: string, policy: LoginPolicy): string | undefined {
  if (requested in policy.customScopes) return requested;
  return Object.keys(policy.customScopes).find((defined) => defined.startsWith(`${requested}:`) && defined.split(':').length === requested.split(':').length + 1);
}

/** The custom scope a requested scope names, with the claims it releases. */
export function findCustomScope(requested: string, policy: LoginPolicy): { definedAs: string; mapping: ClaimMapping } | undefined {
  const definedAs = matchCustomScope(requested, policy);
  const mapping = definedAs === undefined ? undefined : policy.customScopes[definedAs];
  return definedAs !== undefined && mapping ? { definedAs, mapping } : undefined;
}

import { isBehaviourProfile, type BehaviourProfile } from '../mock/behaviour-profile';
import { parseLoginPolicy, type LoginPolicy } from '../mock/login-policy';
import { parseUserProfile, type UserProfile } from '../mock/user-profile';
import { isLoopbackHost } from '../provider/provider-url';
import type { DisallowedScopeHandling } from '../request/composed-request';

/**
 * The playground's own mock run as a local HTTP server (`oidc-playground-op`) names, in its discovery
 * document, an endpoint that tells the playground its settings: the same provider, so a run against
 * it can be explained as completely as one against the in-browser mock. Not a standard metadata
 * field: OIDC Discovery §3 lets a provider add its own
 * (https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderMetadata).
 */
export const LOCAL_SERVER_SETTINGS_KEY = 'oidc_playground_settings_endpoint';

export interface LocalServerUser {
  /** The short name its login page offers it by. */
  readonly name: string;
  readonly profile: UserProfile;
}

/** What the server held when the sign-in started: its policies, behaviour and the users it can sign in. */
export interface LocalServerSettings {
  readonly behaviour: BehaviourProfile;
  readonly loginPolicy: LoginPolicy;
  readonly allowedScopes: readonly string[];
  readonly disallowedScopes: DisallowedScopeHandling;
  readonly users: readonly LocalServerUser[];
}

/** Why the settings could not be read; the message catalogue says it (local-server-messages.ts). */
export type LocalServerProblem =
  | { readonly code: 'unreachable' }
  | { readonly code: 'status'; readonly status: number }
  | { readonly code: 'invalid'; readonly field: string }
  /** Read again when the sign-in came back, they differed: which of them applied is not known. */
  | { readonly code: 'changed' };

export type LocalServerRead = { readonly outcome: 'read'; readonly settings: LocalServerSettings } | { readonly outcome: 'unreadable'; readonly problem: LocalServerProblem };

/**
 * Where to read the settings, or undefined when there is nothing to read: only for an issuer on this
 * machine (the server answers loopback only), and only at the issuer's own origin, so a remote
 * provider's document can never send the playground elsewhere.
 */
export function localServerSettingsUrl(issuer: string, discovery: Readonly<Record<string, unknown>>): string | undefined {
  const advertised = discovery[LOCAL_SERVER_SETTINGS_KEY];
  if (typeof advertised !== 'string') return undefined;
  try {
    const at = new URL(advertised);
    const home = new URL(issuer);
    if (at.protocol !== 'http:' && at.protocol !== 'https:') return undefined;
    return isLoopbackHost(home.hostname) && at.origin === home.origin ? at.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The endpoint's answer, held to the same parsers as what a person types in the mock settings, so
 * nothing the playground could not be configured with explains a run. Stored runs are revived by it too.
 */
export function readLocalServerSettings(body: unknown): LocalServerRead {
  const invalid = (field: string): LocalServerRead => ({ outcome: 'unreadable', problem: { code: 'invalid', field } });
  if (!isRecord(body)) return invalid('the answer');
  const { behaviour, allowedScopes, disallowedScopes, users } = body;
  if (typeof behaviour !== 'string' || !isBehaviourProfile(behaviour)) return invalid('behaviour');
  const loginPolicy = parseLoginPolicy(JSON.stringify(body.loginPolicy ?? null));
  if (loginPolicy.outcome === 'invalid') return invalid('loginPolicy');
  if (!Array.isArray(allowedScopes) || !allowedScopes.every((s) => typeof s === 'string')) return invalid('allowedScopes');
  if (disallowedScopes !== 'drop' && disallowedScopes !== 'reject') return invalid('disallowedScopes');
  if (!Array.isArray(users)) return invalid('users');
  const read: LocalServerUser[] = [];
  for (const [index, user] of users.entries()) {
    if (!isRecord(user) || typeof user.name !== 'string') return invalid(`users[${index}].name`);
    const profile = parseUserProfile(JSON.stringify(user.profile ?? null));
    if (profile.outcome === 'invalid') return invalid(`users[${index}].profile`);
    read.push({ name: user.name, profile: profile.profile });
  }
  return { outcome: 'read', settings: { behaviour, loginPolicy: loginPolicy.policy, allowedScopes: [...allowedScopes], disallowedScopes, users: read } };
}

/**
 * Whether the settings read when the sign-in came back are those read at its launch. The server binds
 * no settings to a sign-in, so a change in between (its control API) leaves the run unexplainable as a mock run.
 */
export function sameLocalServerSettings(atLaunch: LocalServerSettings, atCallback: LocalServerSettings): boolean {
  // Both went through readLocalServerSettings, which builds them in one order.
  return JSON.stringify(atLaunch) === JSON.stringify(atCallback);
}

/** The user who signed in, found by the `sub` the provider issued (OIDC Core §2: unique within the issuer). */
export function localServerUserOf(settings: LocalServerSettings, sub: unknown): LocalServerUser | undefined {
  return typeof sub === 'string' ? settings.users.find((u) => u.profile.uuid === sub) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

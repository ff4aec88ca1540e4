import type { ProviderContext } from './context';
import {
  ACCESS_TOKEN_LIFETIME_SECONDS,
  CODE_LIFETIME_SECONDS,
  LAUNCH_LIFETIME_SECONDS,
  STORAGE_BUDGET,
  REFRESH_TOKEN_LIFETIME_SECONDS,
  slot,
  type GrantFamily,
  type LaunchRecord,
} from './records';

/**
 * A code was issued: its grant starts here and takes the launch's settings with it, and the launch
 * keeps only that it completed, so a reloaded login page can say its sign-in is done.
 */
export function startGrant(context: ProviderContext, grantId: string, sessionBound: boolean, state: string | undefined): void {
  const family: GrantFamily = {
    tokens: [],
    sessionBound,
    settings: context.settings(),
    keptUntil: context.wallClock() + CODE_LIFETIME_SECONDS,
    storedAt: context.stamp(),
  };
  context.store.set(slot.grant(grantId), family);
  if (state !== undefined && context.store.get<LaunchRecord>(slot.launch(state))) {
    context.store.set(slot.launch(state), { completed: true, keptUntil: context.wallClock() + LAUNCH_LIFETIME_SECONDS, storedAt: context.stamp() } satisfies LaunchRecord);
  }
}

/**
 * The context a grant's tokens are served in: the settings it was launched with. Undefined when
 * the grant has ended (revoked, expired, or dropped by the storage budget). A grant from an older
 * build carries no settings and is served with the current ones.
 */
export function grantContext(context: ProviderContext, grantId: string): ProviderContext | undefined {
  const family = context.store.get<GrantFamily>(slot.grant(grantId));
  if (!family) return undefined;
  return family.settings ? context.boundTo(family.settings) : context;
}

/**
 * Adds tokens to their grant; a session-bound grant is also listed for sign-out. A grant keeps its
 * newest tokens only (STORAGE_BUDGET.tokensPerGrant): older ones, long rotated or replaced, go.
 */
export function recordTokens(context: ProviderContext, grantId: string, tokens: readonly string[], sessionBound: boolean, withRefreshToken: boolean): void {
  const family = context.store.get<GrantFamily>(slot.grant(grantId)) ?? { tokens: [], sessionBound, settings: context.settings() };
  const all = [...family.tokens, ...tokens];
  const dropped = all.slice(0, Math.max(0, all.length - STORAGE_BUDGET.tokensPerGrant));
  for (const token of dropped) context.store.delete(slot.token(token));
  const lifetime = withRefreshToken ? REFRESH_TOKEN_LIFETIME_SECONDS : ACCESS_TOKEN_LIFETIME_SECONDS;
  context.store.set(slot.grant(grantId), {
    ...family,
    tokens: all.slice(dropped.length),
    keptUntil: Math.max(family.keptUntil ?? 0, context.wallClock() + lifetime),
    storedAt: context.stamp(),
  } satisfies GrantFamily);
  if (sessionBound) {
    const bound = context.store.get<string[]>(slot.sessionGrants()) ?? [];
    if (!bound.includes(grantId)) context.store.set(slot.sessionGrants(), [...bound, grantId]);
  }
}

/**
 * Revokes every token of a grant. RFC 9700 §4.14.2: when a rotated refresh token is presented
 * again, the provider cannot tell the attacker from the client, so it revokes the active refresh
 * token and the access tokens of that grant. https://www.rfc-editor.org/rfc/rfc9700#section-4.14.2
 * RFC 6749 §4.1.2 asks the same of a replayed authorization code. https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
 */
export function revokeGrant(context: ProviderContext, grantId: string): void {
  const family = context.store.get<GrantFamily>(slot.grant(grantId));
  for (const token of family?.tokens ?? []) context.store.delete(slot.token(token));
  context.store.delete(slot.grant(grantId));
  const bound = context.store.get<string[]>(slot.sessionGrants());
  if (!bound?.includes(grantId)) return;
  const rest = bound.filter((id) => id !== grantId);
  if (rest.length > 0) context.store.set(slot.sessionGrants(), rest);
  else context.store.delete(slot.sessionGrants());
}

/** Sign-out ends the session-bound grants (the profile's refresh-token rule says which). */
export function revokeSessionGrants(context: ProviderContext): void {
  for (const grantId of context.store.get<string[]>(slot.sessionGrants()) ?? []) revokeGrant(context, grantId);
  context.store.delete(slot.sessionGrants());
}

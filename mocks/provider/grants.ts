import type { ProviderContext } from './context';
import { slot, type GrantFamily } from './records';

/** Adds tokens to their grant; a session-bound grant is also listed for sign-out. */
export function recordTokens(context: ProviderContext, grantId: string, tokens: readonly string[], sessionBound: boolean): void {
  const family = context.store.get<GrantFamily>(slot.grant(grantId)) ?? { tokens: [], sessionBound };
  context.store.set(slot.grant(grantId), { ...family, tokens: [...family.tokens, ...tokens] } satisfies GrantFamily);
  if (!sessionBound) return;
  const bound = context.store.get<string[]>(slot.sessionGrants()) ?? [];
  if (!bound.includes(grantId)) context.store.set(slot.sessionGrants(), [...bound, grantId]);
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
}

/** Sign-out ends the session-bound grants (the profile's refresh-token rule says which). */
export function revokeSessionGrants(context: ProviderContext): void {
  for (const grantId of context.store.get<string[]>(slot.sessionGrants()) ?? []) revokeGrant(context, grantId);
  context.store.delete(slot.sessionGrants());
}

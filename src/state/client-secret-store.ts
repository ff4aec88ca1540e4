import { createExternalStore } from './external-store';

/**
 * The client secret of a confidential client, in this module's memory only: never in local or
 * session storage, a permalink, an export, the history or a log. A reload, a new tab or a full
 * page load (the provider's sign-in and back) forgets it; see docs/real-providers.md.
 *
 * It is kept with the issuer and client ID it was typed for, and given out only for those, so a
 * secret typed for one provider is never sent to another.
 */
interface HeldSecret {
  readonly issuer: string;
  readonly clientId: string;
  readonly secret: string;
}

const held = createExternalStore<HeldSecret | undefined>(undefined);

/** Keeps (or, with an empty value, forgets) the secret for this issuer and client ID. */
export function setClientSecret(issuer: string, clientId: string, secret: string): void {
  held.set(secret === '' ? undefined : { issuer: issuer.trim(), clientId, secret });
}

export function forgetClientSecret(): void {
  held.set(undefined);
}

function secretIn(kept: HeldSecret | undefined, issuer: string, clientId: string): string | undefined {
  return kept && kept.issuer === issuer.trim() && kept.clientId === clientId ? kept.secret : undefined;
}

/** The secret typed for this issuer and client ID, if any. */
export function clientSecretFor(issuer: string, clientId: string): string | undefined {
  return secretIn(held.get(), issuer, clientId);
}

export function useClientSecret(issuer: string, clientId: string): string | undefined {
  return secretIn(held.use(), issuer, clientId);
}

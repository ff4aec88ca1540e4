import { useSyncExternalStore } from 'react';

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

let held: HeldSecret | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Keeps (or, with an empty value, forgets) the secret for this issuer and client ID. */
export function setClientSecret(issuer: string, clientId: string, secret: string): void {
  held = secret === '' ? undefined : { issuer: issuer.trim(), clientId, secret };
  notify();
}

export function forgetClientSecret(): void {
  held = undefined;
  notify();
}

/** The secret typed for this issuer and client ID, if any. */
export function clientSecretFor(issuer: string, clientId: string): string | undefined {
  return held && held.issuer === issuer.trim() && held.clientId === clientId ? held.secret : undefined;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useClientSecret(issuer: string, clientId: string): string | undefined {
  return useSyncExternalStore(subscribe, () => clientSecretFor(issuer, clientId));
}

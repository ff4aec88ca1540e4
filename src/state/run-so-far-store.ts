import { isReturnToApp, keepableRunSoFar, reviveRunSoFar, type RunSoFar } from '../domain/flow/run-so-far';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import type { HttpExchange } from '../domain/flow/http-exchange';
import { createExternalStore, readStored } from './external-store';

/**
 * Where a sign-in in progress is seen from: the app's own screens while it launches and after the
 * browser is back ('launch', 'return'), or the mock's login page ('provider'). Each shows the live
 * caption only in its own phases, so a person who goes Back from the login page is not told a
 * step that no longer runs.
 */
export type RunPhase = 'launch' | 'provider' | 'return';

interface Live {
  readonly run: RunSoFar;
  readonly phase: RunPhase;
}

/** Only what crosses a page load, never a token (keepableRunSoFar). */
const KEY = 'oidc-playground.run-so-far';

const live = createExternalStore<Live | undefined>(undefined);
/** Counts launches, so an answer that arrives after a new launch is not written into it. */
let generation = 0;

export const useRunSoFar: () => Live | undefined = live.use;

/** A launch begins: whatever an earlier sign-in left is replaced. */
export function beginRunSoFar(start: Pick<RunSoFar, 'requestedScopes' | 'claimsText' | 'redirectUri'>): void {
  generation += 1;
  live.set({ run: { ...start, id: undefined, discovery: undefined, events: [] }, phase: 'launch' });
}

/** The authorize request exists: its state names the run, its discovery document names the lanes. */
export function identifyRunSoFar(id: string, discovery: DiscoveryDocument): void {
  update((current) => ({ ...current, run: { ...current.run, id, discovery } }));
}

/** A call left; the returned function records its answer (or failure) when it is in. */
export function noteCallSent(exchange: HttpExchange): (answer: HttpExchange) => void {
  let at = -1;
  const launch = generation;
  update((current) => {
    at = current.run.events.length;
    return { ...current, run: { ...current.run, events: [...current.run.events, { kind: 'call', exchange, answered: false }] } };
  });
  return (answer) => {
    // A new launch since: this answer belongs to a run nobody follows any more.
    if (at < 0 || launch !== generation) return;
    update((current) => ({ ...current, run: { ...current.run, events: current.run.events.map((e, i) => (i === at ? { kind: 'call', exchange: answer, answered: true } : e)) } }));
  };
}

/** The browser follows a redirect: to the provider, or back to the app ('return'). Kept for the page load that may follow. */
export function noteRedirect(url: string): void {
  update((current) => ({
    phase: isReturnToApp(current.run, url) ? 'return' : current.phase,
    run: { ...current.run, events: [...current.run.events, { kind: 'redirect', url }] },
  }));
  keep();
}

/** The mock's login page shows for this sign-in (its state), asking `user` to sign in when a page is shown at all. */
export function noteAtProvider(state: string | null, signIn: { readonly user: string | undefined } | undefined): void {
  const current = live.get();
  if (!current || current.run.id !== state || current.phase === 'return') return;
  const events = current.run.events.filter((e) => e.kind !== 'sign-in');
  live.set({ phase: 'provider', run: { ...current.run, events: signIn ? [...events, { kind: 'sign-in', user: signIn.user }] : events } });
  keep();
}

/**
 * Back on the app's callback for this sign-in: after a page load (a real provider, a reload), the
 * run is read back from session storage, and the browser's return is noted if nobody saw it.
 */
export function resumeRunSoFar(state: string, callbackUrl: string): void {
  const current = live.get()?.run.id === state ? live.get() : readKept(state);
  if (!current) return;
  const seen = current.run.events.some((e) => e.kind === 'redirect' && e.url === callbackUrl);
  live.set({ phase: 'return', run: seen ? current.run : { ...current.run, events: [...current.run.events, { kind: 'redirect', url: callbackUrl }] } });
}

/** The run has finished (its results show) or failed to start: nothing is in progress any more. */
export function endRunSoFar(): void {
  generation += 1;
  live.set(undefined);
  readStored(() => window.sessionStorage.removeItem(KEY), undefined);
}

function update(change: (current: Live) => Live): void {
  const current = live.get();
  if (current) live.set(change(current));
}

/** Best effort: a full or refused storage costs the caption after a page load, nothing else. */
function keep(): void {
  const current = live.get();
  if (current?.run.id === undefined) return;
  const kept = { ...keepableRunSoFar(current.run), id: current.run.id };
  readStored(() => window.sessionStorage.setItem(KEY, JSON.stringify(kept)), undefined);
}

function readKept(state: string): Live | undefined {
  const run = readStored(() => reviveRunSoFar(JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null')), undefined);
  return run?.id === state ? { run, phase: 'return' } : undefined;
}

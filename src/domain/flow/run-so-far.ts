import type { DiscoveryDocument } from '../provider/discovery-document';
import { isPlainObject } from '../text/json-values';
import type { HttpExchange } from './http-exchange';

/**
 * A sign-in while it runs, as far as it has gone: step-through draws its sequence diagram from
 * this during the pauses, and presenter mode narrates its latest step. It is built from what the
 * page saw (calls sent and answered, redirects followed, the mock's login page shown), never from
 * the mock's internals, so it means the same for a real provider.
 */
export interface RunSoFar {
  /** The sign-in's `state`, once the authorize request exists (OIDC Core §3.1.2.1). */
  readonly id: string | undefined;
  readonly requestedScopes: readonly string[];
  readonly claimsText: string;
  /** Where the provider sends the browser back: a redirect there is the authorization response. */
  readonly redirectUri: string;
  /** Names the endpoints (lanes) once fetched; before it, the path is the evidence. */
  readonly discovery: DiscoveryDocument | undefined;
  readonly events: readonly RunEvent[];
}

export type RunEvent =
  /** A call the app sent; `answered` once its answer (or failure) is in. */
  | { readonly kind: 'call'; readonly exchange: HttpExchange; readonly answered: boolean }
  /** The browser followed a redirect: to the provider's authorize endpoint, or back to the app. */
  | { readonly kind: 'redirect'; readonly url: string }
  /** The mock's login page asked this user to sign in (undefined: a user without a name). */
  | { readonly kind: 'sign-in'; readonly user: string | undefined };

/** What step-through holds: about to leave, not sent yet. */
export interface HeldRequest {
  readonly kind: 'redirect' | 'call';
  readonly method: string;
  readonly url: string;
}

/** Whether a redirect goes back to the app: the authorization response (RFC 6749 §4.1.2, https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2). */
export function isReturnToApp(run: Pick<RunSoFar, 'redirectUri'>, url: string): boolean {
  try {
    const target = new URL(url);
    const back = new URL(run.redirectUri);
    return target.origin === back.origin && target.pathname === back.pathname;
  } catch {
    return false;
  }
}

/**
 * What of a run in progress may be kept in the tab's session storage to cross a page load (a real
 * provider's sign-in is one): the events up to the browser's return to the app. Those hold the
 * discovery and PAR answers, the authorize and callback URLs and a display name; the calls after
 * the return carry tokens, and they stay in the page's memory only.
 */
export function keepableRunSoFar(run: RunSoFar): RunSoFar {
  const back = run.events.findIndex((e) => e.kind === 'redirect' && isReturnToApp(run, e.url));
  return back < 0 ? run : { ...run, events: run.events.slice(0, back + 1) };
}

/** A kept run read back from session storage: anything malformed is dropped, not half-trusted. */
export function reviveRunSoFar(value: unknown): RunSoFar | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, requestedScopes, claimsText, redirectUri, discovery, events } = value;
  if (typeof id !== 'string' || typeof claimsText !== 'string' || typeof redirectUri !== 'string') return undefined;
  if (!Array.isArray(requestedScopes) || !requestedScopes.every((s) => typeof s === 'string')) return undefined;
  if (discovery !== undefined && !(isPlainObject(discovery) && typeof discovery.issuer === 'string')) return undefined;
  if (!Array.isArray(events) || !events.every(isEvent)) return undefined;
  return { id, requestedScopes, claimsText, redirectUri, discovery: discovery as DiscoveryDocument | undefined, events };
}

function isEvent(value: unknown): value is RunEvent {
  if (!isPlainObject(value)) return false;
  if (value.kind === 'redirect') return typeof value.url === 'string';
  if (value.kind === 'sign-in') return value.user === undefined || typeof value.user === 'string';
  if (value.kind !== 'call' || typeof value.answered !== 'boolean' || !isPlainObject(value.exchange)) return false;
  const { method, url, requestHeaders, responseHeaders } = value.exchange;
  return typeof method === 'string' && typeof url === 'string' && isPlainObject(requestHeaders) && isPlainObject(responseHeaders);
}

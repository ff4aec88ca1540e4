import { reviveComposedRequest, type ComposedRequest } from '../domain/request/composed-request';

/** This tab's request to launch again once the page has reloaded (session storage: never another tab's). */
const RELAUNCH_KEY = 'oidc-playground.relaunch';

/**
 * "Try again" while the mock provider's service worker still has not started: waiting on the same
 * start would wait on the same hang (MSW keeps one worker source per page), so the page reloads
 * and launches this request again from scratch. The composed request in local storage may be
 * another tab's by then, so the tab keeps its own copy for the reload.
 */
export function relaunchAfterReload(request: ComposedRequest): void {
  try {
    window.sessionStorage.setItem(RELAUNCH_KEY, JSON.stringify(request));
  } catch {
    // Session storage refuses writes: the reload still starts afresh, and the launch button is there.
  }
  window.location.reload();
}

/** The request a "Try again" reload left for this page to launch, taken once. */
export function takeRelaunch(): ComposedRequest | undefined {
  try {
    const raw = window.sessionStorage.getItem(RELAUNCH_KEY);
    if (raw === null) return undefined;
    window.sessionStorage.removeItem(RELAUNCH_KEY);
    return reviveComposedRequest(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

import type { NavigateFunction } from 'react-router';
import { checkProviderUrl } from '../domain/provider/provider-url';
import { appRouteOf } from './app-paths';
import { pauseBefore, steppingThrough } from '../state/step-through-store';

/**
 * Told of every navigation goTo makes, before it happens: a sign-in in progress notes where the
 * browser goes (src/lib/sign-in.ts registers it), before a page load can forget it. A hook rather
 * than an import, so the first screen does not load the sign-in's bookkeeping.
 */
const navigationObservers = new Set<(url: string) => void>();

export function observeNavigations(observer: (url: string) => void): void {
  navigationObservers.add(observer);
}

/** The page was asked to go somewhere the URL rule forbids; the message names the URL. */
export class RefusedNavigationError extends Error {}

/**
 * Goes to a URL the way the flow needs: a same-origin URL (the mock's authorize page, our
 * callback) is a client-side navigation, which spares a page load and a worker restart; any
 * other is a full navigation.
 *
 * The URL rule is checked again here, as a second line behind discovery parsing: a `javascript:`
 * URL counts as "another origin" (its origin is "null") and `location.assign` would run it.
 * Throws RefusedNavigationError; callers navigate inside a mutation, whose error state shows it.
 */
export function goTo(url: string, navigate: NavigateFunction, options: { replace?: boolean } = {}): void {
  const check = checkProviderUrl(url, 'navigation target', { trustedOrigin: window.location.origin });
  if (check.outcome === 'refused') throw new RefusedNavigationError(check.message);
  const target = check.url;
  // Step-through: the redirect waits until the person has seen where it goes.
  if (!steppingThrough()) navigateTo(target, navigate, options);
  else void pauseBefore({ kind: 'redirect', method: 'GET', url: target.toString(), headers: {}, body: undefined }).then(() => navigateTo(target, navigate, options));
}

/**
 * The app path a route loader redirects to instead of rendering its screen, for a URL goTo would
 * reach by a client-side navigation: same origin, inside the app, and not paused by step-through
 * (which must show where it goes first). Undefined otherwise: the screen renders and leaves through
 * goTo. Only a check; `redirectingTo` notes the navigation once the loader commits to it.
 */
export function loaderRedirectPath(url: string): string | undefined {
  if (steppingThrough()) return undefined;
  const check = checkProviderUrl(url, 'navigation target', { trustedOrigin: window.location.origin });
  if (check.outcome === 'refused') return undefined;
  const route = appRouteOf(check.url);
  return route === undefined ? undefined : route + check.url.search + check.url.hash;
}

/** The page leaves for this URL (goTo's navigations, a loader's redirect: see loaderRedirectPath): the observers hear of it first. */
export function redirectingTo(url: string): void {
  for (const observe of navigationObservers) observe(new URL(url, window.location.href).toString());
}

function navigateTo(target: URL, navigate: NavigateFunction, options: { replace?: boolean }): void {
  redirectingTo(target.toString());
  // The router's paths are relative to the base path; a URL of this app outside it is a page load.
  const route = appRouteOf(target);
  if (route !== undefined) {
    void navigate(route + target.search + target.hash, { replace: options.replace });
  } else if (options.replace) {
    window.location.replace(target.toString());
  } else {
    window.location.assign(target.toString());
  }
}

import type { NavigateFunction } from 'react-router';
import { appRouteOf } from './app-paths';

/**
 * Goes to a URL the way the flow needs: a same-origin URL (the mock's authorize page, our
 * callback) is a client-side navigation, which spares a page load and a worker restart; any
 * other is a full navigation.
 */
export function goTo(url: string, navigate: NavigateFunction, options: { replace?: boolean } = {}): void {
  const target = new URL(url, window.location.href);
  // The router's paths are relative to the base path; a URL of this app outside it is a page load.
  const route = appRouteOf(target);
  if (route !== undefined) {
    navigate(route + target.search + target.hash, { replace: options.replace });
  } else if (options.replace) {
    window.location.replace(target.toString());
  } else {
    window.location.assign(target.toString());
  }
}

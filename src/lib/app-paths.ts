import { normalizeBasePath, routeOfPath, routeUrl, routerBasename } from '../domain/site/app-paths';
import { MOCK_OP_PATH, type AppRoute } from '../domain/site/routes';

/**
 * The app's paths under the base it was built with (`vite build --base=/x/`). Vite sets
 * `import.meta.env.BASE_URL` and nothing else follows it, so every path the app makes comes
 * from here.
 */
export const BASE_PATH = normalizeBasePath(import.meta.env.BASE_URL);

export const ROUTER_BASENAME = routerBasename(BASE_PATH);

/**
 * The one service worker of the app's scope (the base path), which MSW starts too. A build has
 * app-worker.js (worker/app-worker.js with the build's file list: the shell offline, and MSW's worker
 * imported); the dev server has only MSW's own file, copied from public/.
 */
export const MOCK_WORKER = { url: `${BASE_PATH}${import.meta.env.PROD ? 'app-worker.js' : 'mockServiceWorker.js'}`, scope: BASE_PATH } as const;

/** Installs the app's worker (production builds), so the next visit loads without the network. */
export function registerAppWorker(): Promise<unknown> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return Promise.resolve();
  return navigator.serviceWorker.register(MOCK_WORKER.url, { scope: MOCK_WORKER.scope });
}

export function appUrl(route: AppRoute): string {
  return routeUrl(window.location.origin, BASE_PATH, route);
}

/** The in-browser mock provider's issuer: `<origin><base>mock-op`. */
export function mockIssuerAt(origin: string): string {
  return routeUrl(origin, BASE_PATH, MOCK_OP_PATH);
}

/** The route (for the router's `navigate`) of a same-origin URL, or undefined if it is outside the app. */
export function appRouteOf(url: URL): string | undefined {
  if (url.origin !== window.location.origin) return undefined;
  return routeOfPath(BASE_PATH, url.pathname);
}

/** Whether this page was loaded under the base path the build expects. */
export function isUnderBasePath(pathname: string): boolean {
  return routeOfPath(BASE_PATH, pathname) !== undefined;
}

import { normalizeBasePath, routeOfPath, routeUrl, routerBasename } from '../domain/app-paths';
import { MOCK_OP_PATH, type AppRoute } from '../domain/routes';

/**
 * The app's paths under the base it was built with (`vite build --base=/x/`). Vite sets
 * `import.meta.env.BASE_URL` and nothing else follows it, so every path the app makes comes
 * from here.
 */
export const BASE_PATH = normalizeBasePath(import.meta.env.BASE_URL);

export const ROUTER_BASENAME = routerBasename(BASE_PATH);

/** MSW's worker file (copied from public/) and the scope it controls: the app's base path. */
export const MOCK_WORKER = { url: `${BASE_PATH}mockServiceWorker.js`, scope: BASE_PATH } as const;

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

/**
 * Paths of an app served under a base path (Vite's `--base`). Nothing follows the base by itself:
 * the router's basename, the service worker's URL and scope, the mock issuer, the redirect URI and
 * permalinks are all built here from the one base path.
 */

/**
 * Vite's BASE_URL as an absolute path with one leading and one trailing slash: `/`, `/x/y/`.
 * A relative base (`./`) cannot serve nested routes such as `/results/`, so it is refused.
 */
export function normalizeBasePath(base: string): string {
  const trimmed = base.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (!trimmed.startsWith('/')) {
    throw new Error(`The base path must be absolute, like /oidc-playground/ (got "${base}"): every route has its own entry document, which a relative base cannot serve.`);
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

/** React Router's `basename`: the base path without its trailing slash (`/` stays `/`). */
export function routerBasename(basePath: string): string {
  return basePath === '/' ? '/' : basePath.slice(0, -1);
}

/** The absolute path of a route: `/oidc-playground/results`, or `/oidc-playground/` for `/`. */
export function routePath(basePath: string, route: string): string {
  return `${basePath}${route.replace(/^\/+/, '')}`;
}

/** The full URL of a route at an origin. */
export function routeUrl(origin: string, basePath: string, route: string): string {
  return `${origin}${routePath(basePath, route)}`;
}

/**
 * The route inside the app for an absolute path (what the router's `navigate` takes), or
 * undefined when the path is outside the base path.
 */
export function routeOfPath(basePath: string, pathname: string): string | undefined {
  if (basePath === '/') return pathname;
  if (pathname === routerBasename(basePath)) return '/';
  if (!pathname.startsWith(basePath)) return undefined;
  return `/${pathname.slice(basePath.length)}`;
}

/** The entry document a static host serves for a route: `results/index.html`, `index.html` for `/`. */
export function entryDocumentFor(route: string): string {
  const relative = route.replace(/^\/+|\/+$/g, '');
  return relative === '' ? 'index.html' : `${relative}/index.html`;
}

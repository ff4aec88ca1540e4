/** Where the mock provider lives under the app: its login and end-session pages are app routes. */
export const MOCK_OP_PATH = '/mock-op';

/**
 * Every route of the app, relative to the base path. The one list: the router is built from it and
 * the build emits an entry document for each (vite.config.ts), so a static host with no rewrite
 * rules still serves every route, `/callback` included.
 */
export const ROUTES = {
  compose: '/',
  callback: '/callback',
  results: '/results',
  scenarios: '/scenarios',
  learn: '/learn',
  compare: '/compare',
  inspect: '/inspect',
  catalogue: '/catalogue',
  signedOut: '/signed-out',
  mockAuthorize: `${MOCK_OP_PATH}/authorize`,
  mockEndSession: `${MOCK_OP_PATH}/end-session`,
} as const;

export type AppRoute = (typeof ROUTES)[keyof typeof ROUTES];

export const ALL_ROUTES: readonly AppRoute[] = Object.values(ROUTES);

import type { ComponentType } from 'react';
import type { ROUTES } from '../domain/routes';

type LazyRoute = Exclude<keyof typeof ROUTES, 'compose'>;

/**
 * Every screen that loads when first needed, once: the router renders them and prefetching loads
 * them ahead. The compose screen is in the first paint, so it is not here.
 */
export const SCREENS: Readonly<Record<LazyRoute, () => Promise<ComponentType>>> = {
  callback: async () => (await import('../features/flow/callback-page')).CallbackPage,
  results: async () => (await import('../features/results/results-page')).ResultsPage,
  scenarios: async () => (await import('../features/scenarios/scenarios-page')).ScenariosPage,
  compare: async () => (await import('../features/compare/compare-page')).ComparePage,
  inspect: async () => (await import('../features/inspect/inspect-page')).InspectPage,
  catalogue: async () => (await import('../features/catalogue/catalogue-page')).CataloguePage,
  signedOut: async () => (await import('../features/flow/signed-out-page')).SignedOutPage,
  mockAuthorize: async () => (await import('../features/mock-login/mock-login-page')).MockLoginPage,
  mockEndSession: async () => (await import('../features/mock-login/end-session-page')).EndSessionPage,
};

/** The router's `lazy` for a screen. */
export function lazyScreen(route: LazyRoute) {
  return async () => ({ Component: await SCREENS[route]() });
}

import type { ComponentType } from 'react';
import type { LoaderFunction } from 'react-router';
import type { ROUTES } from '../domain/site/routes';

type LazyRoute = Exclude<keyof typeof ROUTES, 'compose'>;

/** What a lazily loaded screen gives the router: its component, and what must be ready before it shows. */
interface ScreenModule {
  readonly Component: ComponentType;
  readonly loader?: LoaderFunction;
}

/**
 * The screen inside the app's query client: the client loads with the first screen that runs
 * queries, not with the compose screen (issue 29). One wrapper per screen, so its component type
 * stays the same however often the screen is loaded (the router and the prefetching both load it).
 */
function withQueries(load: () => Promise<ScreenModule>): () => Promise<ScreenModule> {
  let wrapped: Promise<ScreenModule> | undefined;
  return () => {
    if (!wrapped) {
      wrapped = Promise.all([load(), import('../lib/query-client-boundary')]).then(([screen, { withQueryClient }]) => ({ ...screen, Component: withQueryClient(screen.Component) }));
      // A failed load (offline, a new build) is tried again next time.
      wrapped.catch(() => (wrapped = undefined));
    }
    return wrapped;
  };
}

/**
 * Every screen that loads when first needed, once: the router renders them and prefetching loads
 * them ahead. The compose screen is in the first paint, so it is not here. A screen whose first
 * render would only say "please wait" has a loader instead: the router keeps the previous screen
 * until it is ready, so a flow never flashes a pending state.
 */
const SCREEN_MODULES: Readonly<Record<LazyRoute, () => Promise<ScreenModule>>> = {
  callback: async () => {
    const { CallbackPage, callbackLoader } = await import('../features/flow/callback-page');
    return { Component: CallbackPage, loader: callbackLoader };
  },
  results: async () => ({ Component: (await import('../features/results/results-page')).ResultsPage }),
  learn: async () => ({ Component: (await import('../features/learn/learn-page')).LearnPage }),
  scenarios: async () => ({ Component: (await import('../features/scenarios/scenarios-page')).ScenariosPage }),
  compare: async () => ({ Component: (await import('../features/compare/compare-page')).ComparePage }),
  inspect: async () => ({ Component: (await import('../features/inspect/inspect-page')).InspectPage }),
  catalogue: async () => ({ Component: (await import('../features/catalogue/catalogue-page')).CataloguePage }),
  signedOut: async () => ({ Component: (await import('../features/flow/signed-out-page')).SignedOutPage }),
  mockAuthorize: async () => {
    const { MockLoginPage, mockLoginLoader } = await import('../features/mock-login/mock-login-page');
    return { Component: MockLoginPage, loader: mockLoginLoader };
  },
  mockEndSession: async () => ({ Component: (await import('../features/mock-login/end-session-page')).EndSessionPage }),
};

export const SCREENS = Object.fromEntries(
  Object.entries(SCREEN_MODULES).map(([route, load]) => [route, withQueries(load)]),
) as Readonly<Record<LazyRoute, () => Promise<ScreenModule>>>;

/** The router's `lazy` for a screen. */
export function lazyScreen(route: LazyRoute) {
  return SCREENS[route];
}

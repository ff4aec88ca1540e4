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

/**
 * The screens of a sign-in run no query, so an autostart link's flow never loads TanStack Query before
 * its payload shows (issue 29): the callback redeems its code through a guard (redeemingOnce, src/lib/redeem-once.ts),
 * the mock's login page reads its request in a route loader, and the results screen's parts that
 * run queries bring the client with them (later-parts.ts).
 */
const WITHOUT_QUERIES: readonly LazyRoute[] = ['callback', 'mockAuthorize', 'results'];

export const SCREENS = Object.fromEntries(
  Object.entries(SCREEN_MODULES).map(([route, load]) => [route, WITHOUT_QUERIES.includes(route as LazyRoute) ? once(load) : withQueries(load)]),
) as Readonly<Record<LazyRoute, () => Promise<ScreenModule>>>;

/** Loads a screen once, as withQueries does: the router and the prefetching share the one module. */
function once(load: () => Promise<ScreenModule>): () => Promise<ScreenModule> {
  let loaded: Promise<ScreenModule> | undefined;
  return () => {
    if (!loaded) {
      loaded = load();
      // A failed load (offline, a new build) is tried again next time.
      loaded.catch(() => (loaded = undefined));
    }
    return loaded;
  };
}

/** The router's `lazy` for a screen. */
export function lazyScreen(route: LazyRoute) {
  return SCREENS[route];
}

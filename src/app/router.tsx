import { createBrowserRouter } from 'react-router';
import { ROUTES } from '../domain/routes';
import { ROUTER_BASENAME } from '../lib/app-paths';
import { ComposeScreen } from './compose-screen';
import { ErrorPage } from './error-page';
import { Layout } from './layout';
import { NotFound } from './not-found';

// The compose screen is in the first paint; the flow's screens (oidc-client-ts, jose, the mock
// provider) load when first visited.
function Loading() {
  return <p role="status" className="loading">Loading…</p>;
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        // A failing screen shows the app's error page inside the layout, never the router's default.
        errorElement: <ErrorPage />,
        children: [
          { path: ROUTES.compose, element: <ComposeScreen /> },
          { path: ROUTES.callback, lazy: async () => ({ Component: (await import('../features/flow/callback-page')).CallbackPage }) },
          { path: ROUTES.results, lazy: async () => ({ Component: (await import('../features/results/results-page')).ResultsPage }) },
          { path: ROUTES.scenarios, lazy: async () => ({ Component: (await import('../features/scenarios/scenarios-page')).ScenariosPage }) },
          { path: ROUTES.compare, lazy: async () => ({ Component: (await import('../features/compare/compare-page')).ComparePage }) },
          { path: ROUTES.catalogue, lazy: async () => ({ Component: (await import('../features/catalogue/catalogue-page')).CataloguePage }) },
          { path: ROUTES.signedOut, lazy: async () => ({ Component: (await import('../features/flow/signed-out-page')).SignedOutPage }) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
  // The mock provider's login page: a route of this app because service workers do not intercept
  // navigations. It stands outside the playground's layout, as a provider's page would.
  {
    path: ROUTES.mockAuthorize,
    hydrateFallbackElement: <Loading />,
    errorElement: <ErrorPage />,
    lazy: async () => ({ Component: (await import('../features/mock-login/mock-login-page')).MockLoginPage }),
  },
  {
    path: ROUTES.mockEndSession,
    hydrateFallbackElement: <Loading />,
    errorElement: <ErrorPage />,
    lazy: async () => ({ Component: (await import('../features/mock-login/end-session-page')).EndSessionPage }),
  },
  // Every path is under the base path the app was built with (`vite build --base`). The build emits
  // an entry document for each of ROUTES (vite.config.ts): a route not in ROUTES would be a 404 on
  // a static host without rewrite rules.
], { basename: ROUTER_BASENAME });

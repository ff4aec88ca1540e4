import { createBrowserRouter } from 'react-router';
import { ROUTES } from '../domain/site/routes';
import { ROUTER_BASENAME } from '../lib/app-paths';
import { ComposeScreen } from './compose-screen';
import { ErrorPage } from './error-page';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { lazyScreen } from './screens';
import { CallbackPending } from '../features/flow/callback-pending';

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
          { path: ROUTES.callback, lazy: lazyScreen('callback'), hydrateFallbackElement: <CallbackPending /> },
          { path: ROUTES.results, lazy: lazyScreen('results') },
          { path: ROUTES.learn, lazy: lazyScreen('learn') },
          { path: ROUTES.scenarios, lazy: lazyScreen('scenarios') },
          { path: ROUTES.compare, lazy: lazyScreen('compare') },
          { path: ROUTES.inspect, lazy: lazyScreen('inspect') },
          { path: ROUTES.catalogue, lazy: lazyScreen('catalogue') },
          { path: ROUTES.signedOut, lazy: lazyScreen('signedOut') },
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
    lazy: lazyScreen('mockAuthorize'),
  },
  {
    path: ROUTES.mockEndSession,
    hydrateFallbackElement: <Loading />,
    errorElement: <ErrorPage />,
    lazy: lazyScreen('mockEndSession'),
  },
  // Every path is under the base path the app was built with (`vite build --base`). The build emits
  // an entry document for each of ROUTES (vite.config.ts): a route not in ROUTES would be a 404 on
  // a static host without rewrite rules.
], { basename: ROUTER_BASENAME });

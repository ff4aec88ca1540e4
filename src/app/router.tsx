import { createBrowserRouter } from 'react-router';
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
          { path: '/', element: <ComposeScreen /> },
          { path: '/callback', lazy: async () => ({ Component: (await import('../features/flow/callback-page')).CallbackPage }) },
          { path: '/results', lazy: async () => ({ Component: (await import('../features/results/results-page')).ResultsPage }) },
          { path: '/scenarios', lazy: async () => ({ Component: (await import('../features/scenarios/scenarios-page')).ScenariosPage }) },
          { path: '/compare', lazy: async () => ({ Component: (await import('../features/compare/compare-page')).ComparePage }) },
          { path: '/catalogue', lazy: async () => ({ Component: (await import('../features/catalogue/catalogue-page')).CataloguePage }) },
          { path: '/signed-out', lazy: async () => ({ Component: (await import('../features/flow/signed-out-page')).SignedOutPage }) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
  // The mock provider's login page: a route of this app because service workers do not intercept
  // navigations. It stands outside the playground's layout, as a provider's page would.
  {
    path: '/mock-op/authorize',
    hydrateFallbackElement: <Loading />,
    errorElement: <ErrorPage />,
    lazy: async () => ({ Component: (await import('../features/mock-login/mock-login-page')).MockLoginPage }),
  },
  {
    path: '/mock-op/end-session',
    hydrateFallbackElement: <Loading />,
    errorElement: <ErrorPage />,
    lazy: async () => ({ Component: (await import('../features/mock-login/end-session-page')).EndSessionPage }),
  },
]);

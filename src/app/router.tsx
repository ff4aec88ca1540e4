import { createBrowserRouter } from 'react-router';
import { ROUTES } from '../domain/site/routes';
import { ROUTER_BASENAME } from '../lib/app-paths';
import { ComposeScreen, loadComposePanels } from './compose-screen';
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

// Not on the page's first load: src/main.tsx has loaded the panels already, or it is an autostart
// link, which shows the launch panel alone and must not wait for them.
let firstLoadDone = false;
async function composeLoader() {
  if (!firstLoadDone) return null;
  // A failed load still shows the launch panel; the screen loads the panels again.
  await loadComposePanels().catch(() => undefined);
  return null;
}

// A link's parameters are tidied from the address bar (useUrlComposition): that stays on compose, so
// it is no reason to load the panels an autostart link does without.
const leavesCompose = ({ currentUrl, nextUrl }: { currentUrl: URL; nextUrl: URL }) => currentUrl.pathname !== nextUrl.pathname;

export const router = createBrowserRouter([
  {
    element: <Layout />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        // A failing screen shows the app's error page inside the layout, never the router's default.
        errorElement: <ErrorPage />,
        children: [
          // The compose screen shows whole: a navigation to it (after an autostart link's flow, which
          // never loaded its panels) keeps the previous screen until the panels are loaded. A first
          // load of / has them before the app renders (src/main.tsx).
          { path: ROUTES.compose, element: <ComposeScreen />, loader: composeLoader, shouldRevalidate: leavesCompose },
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

// The page's first load is over once the router is initialized (its loaders may run during
// createBrowserRouter, before `router` exists, so the loader reads this flag instead).
if (router.state.initialized) firstLoadDone = true;
else {
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    firstLoadDone = true;
    stop();
  });
}

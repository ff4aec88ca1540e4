import { isMockIssuer } from '../domain/request/composed-request';
import { ROUTES } from '../domain/site/routes';
import { readUrlParameters } from '../domain/request/url-parameters';
import { ensureMockProvider } from '../lib/mock-provider';
import { appRouteOf } from '../lib/app-paths';
import { SCREENS } from './screens';
import { loadComposePanels } from './compose-screen';
import { router } from './router';

const FLOW_ROUTES: readonly string[] = [ROUTES.callback, ROUTES.mockAuthorize, ROUTES.mockEndSession];

/**
 * What to load beside the first screen, by where the page starts (`rendered`: the first screen is rendered):
 * - an autostart link leaves the compose screen at once, so the sign-in code, the mock provider
 *   and the flow's screens start loading at once, while the first screen renders (they were
 *   requested ~120 ms later after it, issue 29), and nothing else competes with them;
 * - inside a flow (the callback, the mock's pages) nothing more is loaded: the flow's next step
 *   is the only thing that matters there;
 * - otherwise every screen, the mock provider and the app's service worker load once the browser
 *   is idle, so the playground then works offline on the mock and the first navigation does not
 *   wait for a chunk (`data-prefetched`); then the worker keeps every file of the build, so a reload
 *   works offline too (`data-offline-ready`).
 */
export function loadAhead(url: URL, rendered: Promise<void>): void {
  const route = appRouteOf(url);
  const link = route === ROUTES.compose ? readUrlParameters(url.searchParams) : undefined;
  if (link?.autostart) {
    const mock = isMockIssuer(link.request.issuer);
    void Promise.all([
      import('../lib/sign-in'),
      ...(mock ? [ensureMockProvider(), SCREENS.mockAuthorize(), SCREENS.callback(), SCREENS.results()] : [SCREENS.callback()]),
    ]).catch(() => undefined);
    loadComposePanelsAfterTheFlow();
    return;
  }
  if (route !== undefined && FLOW_ROUTES.includes(route)) return;
  void rendered.then(prefetchAfterFirstPaint);
}

/**
 * Whether the first paint waits for the compose screen's panels (compose-panels.tsx): on `/`, so the
 * screen appears whole, except for an autostart link, which shows only its launch panel.
 */
export function firstPaintNeedsComposePanels(url: URL): boolean {
  return appRouteOf(url) === ROUTES.compose && !readUrlParameters(url.searchParams)?.autostart;
}

/**
 * After an autostart link's flow reaches a screen other than the flow's own (the results), the
 * compose screen's panels load at idle, so going back to compose shows it whole at once. Not
 * before: nothing competes with the flow.
 */
function loadComposePanelsAfterTheFlow(): void {
  const unsubscribe = router.subscribe((state) => {
    const path = state.location.pathname;
    if (state.navigation.state !== 'idle' || path === ROUTES.compose || FLOW_ROUTES.includes(path)) return;
    unsubscribe();
    whenIdle(() => void loadComposePanels().catch(() => undefined));
  });
}

const whenIdle = (callback: () => void) => (window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200)))(() => callback());

// Everything loaded at idle is its own chunk (prefetch-idle.ts): none of it is on the first route of `/` (issue 29).
function prefetchAfterFirstPaint(): void {
  whenIdle(() => void import('./prefetch-idle').then(({ prefetchEverything }) => prefetchEverything()).catch(() => undefined));
}

import { isMockIssuer } from '../domain/request/composed-request';
import { ROUTES } from '../domain/site/routes';
import { readUrlParameters } from '../domain/request/url-parameters';
import { getComposedRequest } from '../state/composed-request-store';
import { ensureMockProvider } from '../lib/mock-provider';
import { appRouteOf, registerAppWorker } from '../lib/app-paths';
import { SCREENS } from './screens';

const FLOW_ROUTES: readonly string[] = [ROUTES.callback, ROUTES.mockAuthorize, ROUTES.mockEndSession];

/**
 * What to load beside the first screen, by where the page starts:
 * - an autostart link leaves the compose screen at once, so the sign-in code, the mock provider
 *   and the flow's screens start loading with the first paint, and nothing else competes with them;
 * - inside a flow (the callback, the mock's pages) nothing more is loaded: the flow's next step
 *   is the only thing that matters there;
 * - otherwise every screen, the mock provider and the app's service worker load once the browser
 *   is idle, so the playground then works offline on the mock and the first navigation does not
 *   wait for a chunk (`data-prefetched`); then the worker keeps every file of the build, so a reload
 *   works offline too (`data-offline-ready`).
 */
export function loadAhead(url: URL): void {
  const route = appRouteOf(url);
  const link = route === ROUTES.compose ? readUrlParameters(url.searchParams) : undefined;
  if (link?.autostart) {
    const mock = isMockIssuer(link.request.issuer);
    void Promise.all([
      import('../lib/sign-in'),
      ...(mock ? [ensureMockProvider(), SCREENS.mockAuthorize(), SCREENS.callback(), SCREENS.results()] : [SCREENS.callback()]),
    ]).catch(() => undefined);
    return;
  }
  if (route !== undefined && FLOW_ROUTES.includes(route)) return;
  prefetchAfterFirstPaint();
}

function prefetchAfterFirstPaint(): void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
  idle(() => {
    void Promise.all([
      ...Object.values(SCREENS).map((load) => load()),
      import('../lib/sign-in'),
      import('../lib/run-actions'),
      import('../lib/run-scenario'),
      import('../domain/flow/verify-id-token'),
      import('../features/provider-settings/real-provider-fields'),
      // The results screen's panels besides the id_token (they load after the payload shows in a flow).
      import('../features/results/later-parts'),
      // The app's worker keeps the shell for the next visit, offline included; it is MSW's worker too,
      // so on the mock MSW registers it. Never both at once: MSW reloads a page that an installing
      // registration of its worker URL does not control yet (msw 2.x getWorkerInstance).
      isMockIssuer(getComposedRequest().issuer) ? ensureMockProvider() : registerAppWorker().catch(() => undefined),
    ])
      .then(() => {
        document.documentElement.setAttribute('data-prefetched', 'true');
        // Its own chunk: nothing of it is needed before the page is idle.
        return import('../lib/offline-cache').then(({ keepAppForOffline }) => keepAppForOffline());
      })
      .then(
        (kept) => document.documentElement.setAttribute('data-offline-ready', String(kept.outcome === 'kept')),
        () => undefined,
      );
  });
}

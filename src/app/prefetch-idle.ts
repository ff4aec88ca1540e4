import { isMockIssuer } from '../domain/request/composed-request';
import { getComposedRequest } from '../state/composed-request-store';
import { ensureMockProvider } from '../lib/mock-provider';
import { registerAppWorker } from '../lib/app-paths';
import { SCREENS } from './screens';
import { loadComposePanels } from './compose-screen';

/**
 * What prefetch.ts loads once the browser is idle after a first paint outside a flow: every screen,
 * the mock provider and the app's service worker, so the playground then works offline on the mock
 * and the first navigation does not wait for a chunk (`data-prefetched`); then the worker keeps every
 * file of the build, so a reload works offline too (`data-offline-ready`). Its own chunk, loaded by
 * import() at idle: none of this is on the first route of `/` (issue 29).
 */
export function prefetchEverything(): Promise<void> {
  return Promise.all([
    ...Object.values(SCREENS).map((load) => load()),
    loadComposePanels(),
    import('../lib/sign-in'),
    // Every launch renders it (it loads with the launch, not with the first paint): offline, a launch
    // that had to fetch it would fail to (e2e/offline.spec.ts).
    import('../features/compose/launch-wait-notice'),
    import('../lib/run-actions'),
    import('../lib/run-scenario'),
    import('../domain/flow/verify-id-token'),
    import('../features/provider-settings/real-provider-fields'),
    // The results screen's panels besides the id_token (they load after the payload shows in a flow).
    import('../features/results/later-panels').then(({ loadLaterParts }) => loadLaterParts()),
    import('../components/step-gate'),
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
}

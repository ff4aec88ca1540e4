import { isMockIssuer } from '../domain/composed-request';
import { getComposedRequest } from '../state/composed-request-store';
import { ensureMockProvider } from '../lib/mock-provider';
import { registerAppWorker } from '../lib/app-paths';
import { SCREENS } from './screens';

/**
 * Once the first screen has painted, load every screen of the flow, start the mock provider and
 * install the app's service worker in the background: the playground then works offline on the
 * mock, after a reload too, and the flow's first navigation does not wait for a chunk.
 */
export function prefetchAfterFirstPaint(): void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
  idle(() => {
    void Promise.all([
      ...Object.values(SCREENS).map((load) => load()),
      import('../lib/sign-in'),
      import('../lib/run-actions'),
      import('../lib/run-scenario'),
      import('../domain/verify-id-token'),
      // The app's worker keeps the shell for the next visit, offline included; it is MSW's worker too,
      // so on the mock MSW registers it. Never both at once: MSW reloads a page that an installing
      // registration of its worker URL does not control yet (msw 2.x getWorkerInstance).
      isMockIssuer(getComposedRequest().issuer) ? ensureMockProvider() : registerAppWorker().catch(() => undefined),
    ]).then(
      () => document.documentElement.setAttribute('data-prefetched', 'true'),
      () => undefined,
    );
  });
}

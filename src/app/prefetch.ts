import { isMockIssuer } from '../domain/composed-request';
import { getComposedRequest } from '../state/composed-request-store';
import { ensureMockProvider } from '../lib/mock-provider';
import { SCREENS } from './screens';

/**
 * Once the first screen has painted, load every screen of the flow and start the mock provider
 * in the background: the playground then works offline on the mock, and the flow's first
 * navigation does not wait for a chunk.
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
      isMockIssuer(getComposedRequest().issuer) ? ensureMockProvider() : undefined,
    ]).then(
      () => document.documentElement.setAttribute('data-prefetched', 'true'),
      () => undefined,
    );
  });
}

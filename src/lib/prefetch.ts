/* eslint-disable import-x/no-restricted-paths -- temporary: prefetching moves to src/app (issue 16) */
import { isMockIssuer } from '../domain/composed-request';
import { getComposedRequest } from '../state/composed-request-store';
import { ensureMockProvider } from './mock-provider';

/**
 * Once the first screen has painted, load every screen of the flow and start the mock provider
 * in the background: the playground then works offline on the mock, and the flow's first
 * navigation does not wait for a chunk.
 */
export function prefetchAfterFirstPaint(): void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
  idle(() => {
    void Promise.all([
      import('../features/results/results-page'),
      import('../features/flow/callback-page'),
      import('../features/mock-login/mock-login-page'),
      import('../features/mock-login/end-session-page'),
      import('../features/scenarios/scenarios-page'),
      import('../features/compare/compare-page'),
      import('../features/catalogue/catalogue-page'),
      import('../features/flow/signed-out-page'),
      import('./sign-in'),
      import('./run-actions'),
      import('./run-scenario'),
      import('../domain/verify-id-token'),
      isMockIssuer(getComposedRequest().issuer) ? ensureMockProvider() : undefined,
    ]).then(
      () => document.documentElement.setAttribute('data-prefetched', 'true'),
      () => undefined,
    );
  });
}

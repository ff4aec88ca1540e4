import { setupWorker } from 'msw/browser';
import type { MockSettings } from '../src/domain/composed-request';
import { createHandlers } from './handlers';
import { createProvider } from './provider/provider';
import { webStorageStore } from './provider/store';

export const MOCK_OP_PATH = '/mock-op';

/** The small API the app uses to talk to the in-browser provider (never its internals). */
export interface MockProviderApi {
  readonly issuer: string;
  configure(settings: MockSettings): void;
  /** Validates an authorize request: login page, error page, or redirect with an error. */
  checkAuthorize: ReturnType<typeof createProvider>['checkAuthorize'];
  approve: ReturnType<typeof createProvider>['approve'];
  continueSession: ReturnType<typeof createProvider>['continueSession'];
  deny: ReturnType<typeof createProvider>['deny'];
  endSession: ReturnType<typeof createProvider>['endSession'];
  confirmEndSession: ReturnType<typeof createProvider>['confirmEndSession'];
  hasSession(): boolean;
  startSession(): void;
  clearSession(): void;
}

/**
 * Starts the service worker with the provider's handlers. Must finish before any oidc-client-ts
 * call on a page load that talks to the provider (compose, authorize, callback).
 */
export async function startMockProvider(origin: string): Promise<MockProviderApi> {
  const issuer = `${origin}${MOCK_OP_PATH}`;
  const provider = createProvider({ issuer, store: webStorageStore(window.localStorage) });
  const worker = setupWorker(...createHandlers({ issuer, provider }));
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      // A request to the mock that no handler answers is a bug in the mock; anything else passes.
      if (new URL(request.url).pathname.startsWith(`${MOCK_OP_PATH}/`)) print.error();
    },
  });
  return {
    issuer,
    configure: provider.configure,
    checkAuthorize: provider.checkAuthorize,
    approve: provider.approve,
    continueSession: provider.continueSession,
    deny: provider.deny,
    endSession: provider.endSession,
    confirmEndSession: provider.confirmEndSession,
    hasSession: provider.hasSession,
    startSession: () => void provider.startSession(),
    clearSession: provider.clearSession,
  };
}

import { setupWorker } from 'msw/browser';
import type { JWK } from 'jose';
import { withRequestObjectKey } from './provider/request-object';
import type { MockFaults } from '../src/domain/mock/mock-faults';
import { explainWorkerFailure } from '../src/domain/explain/explain-worker-failure';
import { createHandlers } from './handlers';
import { createProvider } from './provider/provider';
import type { ProviderSettings } from './provider/settings';
import { webStorageStore } from './provider/store';
import { untilWorkerControlsPage } from './until-worker-controls-page';

/** The small API the app uses to talk to the in-browser provider (never its internals). */
export interface MockProviderApi {
  readonly issuer: string;
  /** Typed settings only: the app parses what was typed (src/lib/mock-provider.ts). */
  configure(settings: ProviderSettings): void;
  /** Binds a launched sign-in (its `state`) to the settings it was launched with, whatever other tabs configure. */
  bindLaunch(state: string, settings: ProviderSettings): void;
  /** What it was configured with: its pages read their branding from here. */
  settings(): ProviderSettings;
  /** Arms the one-shot fault switches for the next requests. */
  armFaults(faults: MockFaults): void;
  /** Validates an authorize request: login page, error page, or redirect with an error. */
  checkAuthorize: ReturnType<typeof createProvider>['checkAuthorize'];
  /** RFC 9101 §6.2: registers the page's public key for request objects in the client settings of this tab's configuration. */
  registerRequestObjectKey(jwk: JWK): void;
  /** RFC 9101: the parameters an authorize request stands for once its request object is verified (before checkAuthorize). */
  readRequestObject: ReturnType<typeof createProvider>['readRequestObject'];
  approve: ReturnType<typeof createProvider>['approve'];
  continueSession: ReturnType<typeof createProvider>['continueSession'];
  deny: ReturnType<typeof createProvider>['deny'];
  endSession: ReturnType<typeof createProvider>['endSession'];
  confirmEndSession: ReturnType<typeof createProvider>['confirmEndSession'];
  hasSession(): boolean;
  /** What the login page shows of the sign-in with this state: the behaviour profile and the user it was launched for. */
  loginPageContext(state: string | null): Pick<ProviderSettings, 'behaviour' | 'user' | 'branding'>;
  /** Whether the sign-in launched with this state is waiting, completed, or unknown to the provider. */
  launchStatus: ReturnType<typeof createProvider>['launchStatus'];
  startSession(): void;
  clearSession(): void;
}

export interface MockProviderPlace {
  /** `<origin><base>mock-op`: the issuer follows the base path the app was built with. */
  readonly issuer: string;
  /** Where the app is served (origin and base path): the default client's redirect URIs are under it. */
  readonly appUrl: string;
  /** The worker file under the base path, and the scope it controls (the base path). */
  readonly worker: { readonly url: string; readonly scope: string };
}

/**
 * Starts the service worker with the provider's handlers. Must finish before any oidc-client-ts
 * call on a page load that talks to the provider (compose, authorize, callback).
 */
export async function startMockProvider({ issuer, appUrl, worker: place }: MockProviderPlace): Promise<MockProviderApi> {
  // Codes, tokens, grants and the SSO session are the browser's, as a provider's would be; what this
  // tab configured last and the faults it armed are the tab's own, so tabs never read each other's.
  const provider = createProvider({ issuer, appUrl, store: webStorageStore(window.localStorage), tabStore: webStorageStore(window.sessionStorage) });
  // Key generation is off the main thread's critical path: it runs while the worker starts.
  provider.prepareKey();
  const worker = setupWorker(...createHandlers({ issuer, provider }));
  try {
    // Never reloaded by MSW, which would lose an autostart link's launch (see the helper).
    await untilWorkerControlsPage(place);
    await worker.start({
      quiet: true,
      serviceWorker: { url: place.url, options: { scope: place.scope } },
      onUnhandledRequest(request, print) {
        // A request to the mock that no handler answers is a bug in the mock; anything else passes.
        if (request.url.startsWith(`${issuer}/`)) print.error();
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(explainWorkerFailure({ message, workerUrl: place.url, basePath: place.scope, pagePath: window.location.pathname }), { cause: error });
  }
  return {
    issuer,
    configure: provider.configure,
    bindLaunch: provider.bindLaunch,
    settings: provider.settings,
    armFaults: provider.armFaults,
    checkAuthorize: provider.checkAuthorize,
    readRequestObject: provider.readRequestObject,
    registerRequestObjectKey: (jwk) => provider.configure(withRequestObjectKey(provider.settings(), jwk)),
    approve: provider.approve,
    continueSession: provider.continueSession,
    deny: provider.deny,
    endSession: provider.endSession,
    confirmEndSession: provider.confirmEndSession,
    hasSession: provider.hasSession,
    loginPageContext: (state) => {
      const { behaviour, user, branding } = provider.settingsFor(state);
      return { behaviour, user, branding };
    },
    launchStatus: provider.launchStatus,
    startSession: () => void provider.startSession(),
    clearSession: provider.clearSession,
  };
}

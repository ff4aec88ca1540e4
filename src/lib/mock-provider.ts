import type { MockProviderApi as ProviderApi } from '../../mocks/browser';
import type { MockSettings } from '../domain/request/composed-request';
import { ROUTES } from '../domain/site/routes';
import { discoveryUrl } from '../domain/provider/discovery-url';
import { DETERMINISTIC_MOCK_ISSUER, isDeterministic, mockIssuerIdentifier } from '../domain/mock/mock-issuer';
import { MOCK_WORKER, appUrl, mockIssuerAt } from './app-paths';
import { providerSettingsOf } from './provider-settings';

/** The in-browser provider as the app uses it: configured with what was composed. */
export interface MockProviderApi extends Omit<ProviderApi, 'configure' | 'bindLaunch'> {
  /**
   * Hands the composed mock settings to the provider, parsed here, once. Fault switches are
   * armed separately (armFaults), from their own store, at launch. A value the compose screen would have refused (checkComposedRequest) throws: it is
   * never replaced by a default behind the person's back.
   */
  configure(settings: MockSettings): void;
  /** Binds the sign-in launched with this `state` to these settings: it runs with them whatever other tabs do. */
  bindLaunch(state: string, settings: MockSettings): void;
}

let started: Promise<MockProviderApi> | undefined;

/**
 * Loads and starts the in-browser mock provider once per page load. The chunk (MSW, the
 * provider, its signing code) is imported lazily so the compose screen paints without it.
 */
export function ensureMockProvider(): Promise<MockProviderApi> {
  started ??= import('../../mocks/browser')
    .then((module) => module.startMockProvider({ issuer: mockIssuerUrl(), appUrl: appUrl(ROUTES.compose), worker: MOCK_WORKER }))
    .then(configuredFromComposition);
  started.catch(() => (started = undefined));
  return started;
}

function configuredFromComposition(provider: ProviderApi): MockProviderApi {
  return {
    ...provider,
    configure: (mock) => provider.configure(parsedSettings(mock)),
    bindLaunch: (state, mock) => provider.bindLaunch(state, parsedSettings(mock)),
  };
}

function parsedSettings(mock: MockSettings) {
  const read = providerSettingsOf(mock);
  if (read.outcome === 'refused') throw new Error(`The mock provider was not configured: ${read.problems.join(' ')}`);
  return read.settings;
}

/** Where the mock lives: `<origin><base>mock-op`, so it follows the base path the app was built with. */
export function mockIssuerUrl(): string {
  return mockIssuerAt(window.location.origin);
}

/**
 * The issuer identifier the mock issues tokens under for these settings, and where its discovery
 * document is: in deterministic mode the identifier is origin-free (src/domain/mock/mock-issuer.ts).
 */
export function mockIssuerFor(mock: { readonly seed: string; readonly clock: string }): { issuer: string; discoveryAt: string } {
  return { issuer: mockIssuerIdentifier(mockIssuerUrl(), isDeterministic(mock)), discoveryAt: discoveryUrl(mockIssuerUrl()) };
}

/** Whether an issuer (a pasted token's `iss`, say) is the built-in mock's, under either of its identifiers. */
export function isMockIssuerIdentifier(issuer: string): boolean {
  return issuer === mockIssuerUrl() || issuer === DETERMINISTIC_MOCK_ISSUER;
}

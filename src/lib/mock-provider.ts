import type { MockProviderApi } from '../../mocks/browser';
import { ROUTES } from '../domain/routes';
import { MOCK_WORKER, appUrl, mockIssuerAt } from './app-paths';

let started: Promise<MockProviderApi> | undefined;

/**
 * Loads and starts the in-browser mock provider once per page load. The chunk (MSW, the
 * provider, its signing code) is imported lazily so the compose screen paints without it.
 */
export function ensureMockProvider(): Promise<MockProviderApi> {
  started ??= import('../../mocks/browser').then((module) => module.startMockProvider({ issuer: mockIssuerUrl(), appUrl: appUrl(ROUTES.compose), worker: MOCK_WORKER }));
  started.catch(() => (started = undefined));
  return started;
}

/** The mock's issuer: `<origin><base>mock-op`, so it follows the base path the app was built with. */
export function mockIssuerUrl(): string {
  return mockIssuerAt(window.location.origin);
}

export type { MockProviderApi };

import type { MockProviderApi } from '../../mocks/browser';

let started: Promise<MockProviderApi> | undefined;

/**
 * Loads and starts the in-browser mock provider once per page load. The chunk (MSW, the
 * provider, its signing code) is imported lazily so the compose screen paints without it.
 */
export function ensureMockProvider(): Promise<MockProviderApi> {
  started ??= import('../../mocks/browser').then((module) => module.startMockProvider(window.location.origin));
  started.catch(() => (started = undefined));
  return started;
}

export function mockIssuerUrl(): string {
  return `${window.location.origin}/mock-op`;
}

export type { MockProviderApi };

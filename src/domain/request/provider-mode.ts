import { DEFAULT_CLIENT_ID, MOCK_ISSUER, isMockIssuer, type ComposedRequest } from './composed-request';

/** Which provider the request goes to: the built-in mock, or a real one by issuer URL. */
export type ProviderMode = 'mock' | 'real';

/** The issuer a person starts from when choosing "A real provider" for the first time. */
export const REAL_ISSUER_START = 'https://';

/** The issuer and client ID last used in each mode, so switching back and forth loses neither. */
export interface ProviderMemory {
  readonly mock: { readonly clientId: string };
  readonly real?: { readonly issuer: string; readonly clientId: string };
}

export const DEFAULT_PROVIDER_MEMORY: ProviderMemory = { mock: { clientId: DEFAULT_CLIENT_ID } };

function providerMode(request: ComposedRequest): ProviderMode {
  return isMockIssuer(request.issuer) ? 'mock' : 'real';
}

/**
 * Switches the request to a mode: remembers what the current mode had, and brings back what the
 * target mode had last time (a real provider seen for the first time keeps the current client ID).
 */
export function switchProviderMode(
  request: ComposedRequest,
  mode: ProviderMode,
  memory: ProviderMemory,
): { request: ComposedRequest; memory: ProviderMemory } {
  const from = providerMode(request);
  if (from === mode) return { request, memory };
  const remembered: ProviderMemory =
    from === 'mock' ? { ...memory, mock: { clientId: request.clientId } } : { ...memory, real: { issuer: request.issuer, clientId: request.clientId } };
  const target =
    mode === 'mock'
      ? { issuer: MOCK_ISSUER, clientId: remembered.mock.clientId }
      : (remembered.real ?? { issuer: REAL_ISSUER_START, clientId: request.clientId });
  return { request: { ...request, ...target }, memory: remembered };
}

/** Reads stored memory back, falling back to the defaults for anything unreadable. */
export function reviveProviderMemory(value: unknown): ProviderMemory {
  if (typeof value !== 'object' || value === null) return DEFAULT_PROVIDER_MEMORY;
  const { mock, real } = value as Record<string, unknown>;
  const text = (v: unknown, key: string): string | undefined => {
    const field = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
    return typeof field === 'string' ? field : undefined;
  };
  const realIssuer = text(real, 'issuer');
  const realClient = text(real, 'clientId');
  return {
    mock: { clientId: text(mock, 'clientId') ?? DEFAULT_CLIENT_ID },
    ...(realIssuer !== undefined && realClient !== undefined ? { real: { issuer: realIssuer, clientId: realClient } } : {}),
  };
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from './composed-request';
import { DEFAULT_PROVIDER_MEMORY, reviveProviderMemory, switchProviderMode } from './provider-mode';

describe('switchProviderMode', () => {
  it('starts a first real provider from https:// and keeps the client ID', () => {
    const { request } = switchProviderMode(DEFAULT_REQUEST, 'real', DEFAULT_PROVIDER_MEMORY);

    expect(request).toMatchObject({ issuer: 'https://', clientId: 'playground' });
  });

  it('brings back the issuer and client ID of each mode after Mock → Real → Mock → Real', () => {
    let state = switchProviderMode(DEFAULT_REQUEST, 'real', DEFAULT_PROVIDER_MEMORY);
    state = { ...state, request: { ...state.request, issuer: 'https://login.example.com', clientId: 'spa-123' } };
    state = switchProviderMode(state.request, 'mock', state.memory);
    expect(state.request).toMatchObject({ issuer: 'mock', clientId: 'playground' });

    state = switchProviderMode({ ...state.request, clientId: 'other-mock-client' }, 'real', state.memory);
    expect(state.request).toMatchObject({ issuer: 'https://login.example.com', clientId: 'spa-123' });

    state = switchProviderMode(state.request, 'mock', state.memory);
    expect(state.request.clientId).toBe('other-mock-client');
  });

  it('changes nothing when the mode is already the one asked for', () => {
    expect(switchProviderMode(DEFAULT_REQUEST, 'mock', DEFAULT_PROVIDER_MEMORY).request).toBe(DEFAULT_REQUEST);
  });

  it('revives stored memory and falls back for anything unreadable', () => {
    expect(reviveProviderMemory({ mock: { clientId: 'x' }, real: { issuer: 'https://a', clientId: 'b' } })).toEqual({
      mock: { clientId: 'x' },
      real: { issuer: 'https://a', clientId: 'b' },
    });
    expect(reviveProviderMemory({ real: { issuer: 3 } })).toEqual(DEFAULT_PROVIDER_MEMORY);
    expect(reviveProviderMemory(null)).toEqual(DEFAULT_PROVIDER_MEMORY);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER_SETTINGS } from './settings';
import { clientMetadata, mustPushRequests, providerProtocolsOf, withClientMetadata, type WithProtocolSettings } from './protocol-settings';

const withProtocols = (protocols: WithProtocolSettings['protocols']): WithProtocolSettings => ({ ...DEFAULT_PROVIDER_SETTINGS, protocols });

describe('the clients’ protocol metadata', () => {
  it('reads a client with no metadata as all off, and an inherited member name as no client', () => {
    expect(clientMetadata(DEFAULT_PROVIDER_SETTINGS, 'playground')).toEqual({});
    expect(clientMetadata(withProtocols({ clients: {} }), 'constructor')).toEqual({});
  });

  it('changes one client and keeps the others and their other members', () => {
    const jwk = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' };
    const start = withProtocols({ jwtAccessTokens: true, clients: { a: { requestObjectJwks: [jwk] }, b: { requirePushedAuthorizationRequests: true } } });
    const next = withClientMetadata(start, 'a', { requirePushedAuthorizationRequests: true });
    expect(next.protocols).toEqual({ jwtAccessTokens: true, clients: { a: { requestObjectJwks: [jwk], requirePushedAuthorizationRequests: true }, b: { requirePushedAuthorizationRequests: true } } });
  });

  it('requires pushing of a client when its metadata says so, or the server says so for all (RFC 9126 §5, §6)', () => {
    expect(mustPushRequests(withProtocols({ clients: { a: { requirePushedAuthorizationRequests: true } } }), 'a')).toBe(true);
    expect(mustPushRequests(withProtocols({ clients: { a: { requirePushedAuthorizationRequests: true } } }), 'b')).toBe(false);
    expect(mustPushRequests(withProtocols({ requirePushedAuthorizationRequests: true }), 'b')).toBe(true);
    expect(mustPushRequests(DEFAULT_PROVIDER_SETTINGS, 'a')).toBe(false);
  });

  it('maps the playground’s require-PAR setting to its client’s metadata, not to the server', () => {
    expect(providerProtocolsOf({ requirePar: true, jwtAccessTokens: false })).toEqual({ clients: { playground: { requirePushedAuthorizationRequests: true } }, jwtAccessTokens: false });
    expect(providerProtocolsOf(undefined, 'x')).toEqual({ clients: { x: { requirePushedAuthorizationRequests: false } }, jwtAccessTokens: false });
  });
});

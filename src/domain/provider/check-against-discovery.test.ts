import { describe, expect, it } from 'vitest';
import { checkAgainstDiscovery } from './check-against-discovery';
import { parseDiscoveryDocument } from './discovery-document';
import type { DiscoveryDocument } from './discovery-document';

const doc = (extra: Partial<DiscoveryDocument> = {}): DiscoveryDocument => ({
  issuer: 'https://op.example',
  authorization_endpoint: 'https://op.example/authorize',
  scopes_supported: ['openid', 'profile', 'email'],
  claims_supported: ['sub', 'email', 'gender'],
  claims_parameter_supported: true,
  ...extra,
});

describe('checkAgainstDiscovery', () => {
  it('warns about a scope absent from scopes_supported, with a hint for a near miss', () => {
    const findings = checkAgainstDiscovery({ scopes: ['openid', 'emial', 'bob'], claims: undefined, prompt: [], document: doc() });
    expect(findings.map((f) => f.message)).toEqual([
      '"emial" is not in scopes_supported; the provider may ignore or refuse it (did you mean "email"?).',
      '"bob" is not in scopes_supported; the provider may ignore or refuse it.',
    ]);
  });

  it('warns that a claims request is likely ignored without claims_parameter_supported', () => {
    const findings = checkAgainstDiscovery({ scopes: ['openid'], claims: { id_token: { gender: null } }, prompt: [], document: doc({ claims_parameter_supported: undefined }) });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('claims_parameter_supported');
  });

  it('points out a case mistake in a requested claim against claims_supported', () => {
    const findings = checkAgainstDiscovery({ scopes: ['openid'], claims: { userinfo: { Gender: null } }, prompt: [], document: doc() });
    expect(findings[0]?.message).toBe('"Gender" is not in claims_supported; did you mean "gender"?');
  });

  it('says nothing about lists the provider did not publish', () => {
    const findings = checkAgainstDiscovery({ scopes: ['openid', 'anything'], claims: { id_token: { x: null } }, prompt: ['none'], document: doc({ scopes_supported: undefined, claims_supported: undefined }) });
    expect(findings).toEqual([]);
  });

  it('blocks when response_type=code is not supported', () => {
    const findings = checkAgainstDiscovery({ scopes: ['openid'], claims: undefined, prompt: [], document: doc({ response_types_supported: ['id_token'] }) });
    expect(findings).toEqual([{ severity: 'blocking', message: expect.stringContaining('response_type=code') }]);
  });
});

describe('parseDiscoveryDocument', () => {
  it('accepts a document whose issuer is exactly the one asked for', () => {
    expect(parseDiscoveryDocument(JSON.stringify(doc()), 'https://op.example').outcome).toBe('valid');
  });

  it('tells an issuer mismatch, naming the issuer to use instead', () => {
    const parsed = parseDiscoveryDocument(JSON.stringify(doc()), 'https://op.example/');
    expect(parsed.outcome).toBe('issuer-mismatch');
    expect(parsed.outcome !== 'valid' && parsed.message).toContain('Use exactly "https://op.example"');
  });

  it('tells an HTML page from a discovery document', () => {
    expect(parseDiscoveryDocument('<!doctype html><html>', 'https://op.example').outcome).toBe('not-json');
  });
});

import { describe, expect, it } from 'vitest';
import { DETERMINISTIC_MOCK_ISSUER, isDeterministic, mockIssuerIdentifier } from './mock-issuer';
import { checkProviderUrl } from '../provider/provider-url';

describe('the mock issuer identifier', () => {
  it('is the mock’s location outside deterministic mode', () => {
    expect(mockIssuerIdentifier('http://127.0.0.1:4173/mock-op', false)).toBe('http://127.0.0.1:4173/mock-op');
  });

  it('is the same for every origin in deterministic mode', () => {
    expect(mockIssuerIdentifier('http://127.0.0.1:4173/mock-op', true)).toBe(DETERMINISTIC_MOCK_ISSUER);
    expect(mockIssuerIdentifier('http://localhost:5173/x/mock-op', true)).toBe(DETERMINISTIC_MOCK_ISSUER);
  });

  it('is an https URL on a .invalid host, which the URL rule accepts as any https issuer', () => {
    const url = new URL(DETERMINISTIC_MOCK_ISSUER);
    expect(url.protocol).toBe('https:');
    expect(url.hostname.endsWith('.invalid')).toBe(true);
    expect(checkProviderUrl(DETERMINISTIC_MOCK_ISSUER, 'issuer').outcome).toBe('allowed');
  });

  it('deterministic mode is a seed or a fixed clock', () => {
    expect(isDeterministic({ seed: '', clock: '' })).toBe(false);
    expect(isDeterministic({ seed: ' ', clock: '' })).toBe(false);
    expect(isDeterministic({ seed: 'demo', clock: '' })).toBe(true);
    expect(isDeterministic({ seed: '', clock: '2026-01-15T09:30:00Z' })).toBe(true);
  });
});

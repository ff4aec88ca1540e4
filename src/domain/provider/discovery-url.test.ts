import { describe, expect, it } from 'vitest';
import { discoveryUrl } from './discovery-url';

describe('discoveryUrl', () => {
  it('appends the well-known path to the issuer', () => {
    expect(discoveryUrl('https://op.example.com')).toBe('https://op.example.com/.well-known/openid-configuration');
  });

  it('keeps a path in the issuer and removes one trailing slash', () => {
    expect(discoveryUrl('https://op.example.com/realms/demo/')).toBe('https://op.example.com/realms/demo/.well-known/openid-configuration');
  });
});

import { describe, expect, it } from 'vitest';
import { PROTOCOL_CLAIMS } from './protocol-claims';
import { REGISTERED_CLAIMS, findRegisteredClaim } from './registered-claims';

describe('registered claims', () => {
  it('explains exactly the protocol claims, in their order', () => {
    expect(REGISTERED_CLAIMS.map((claim) => claim.name)).toEqual(PROTOCOL_CLAIMS);
  });

  it('gives each a meaning and a citation link', () => {
    for (const claim of REGISTERED_CLAIMS) {
      expect(claim.meaning, claim.name).not.toBe('');
      expect(claim.spec.url, claim.name).toMatch(/^https:\/\//);
    }
  });

  it('finds a claim by name, and nothing for an object key', () => {
    expect(findRegisteredClaim('at_hash')?.spec.label).toBe('OIDC Core §3.1.3.6');
    expect(findRegisteredClaim('constructor')).toBeUndefined();
    expect(findRegisteredClaim('email')).toBeUndefined();
  });
});

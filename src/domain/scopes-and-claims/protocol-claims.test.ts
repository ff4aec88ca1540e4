import { describe, expect, it } from 'vitest';
import { PROTOCOL_CLAIMS, isProtocolClaim } from './protocol-claims';

describe('isProtocolClaim', () => {
  it('knows the claims a provider sets itself', () => {
    for (const name of ['iss', 'sub', 'aud', 'exp', 'iat', 'nonce', 'at_hash', 'c_hash', 'sid', 'cnf']) expect(isProtocolClaim(name)).toBe(true);
  });

  it('does not take a user claim, or an object key, for one', () => {
    for (const name of ['email', 'name', 'given_name', 'constructor', '__proto__', 'toString', '']) expect(isProtocolClaim(name)).toBe(false);
  });

  it('lists each name once', () => {
    expect(new Set(PROTOCOL_CLAIMS).size).toBe(PROTOCOL_CLAIMS.length);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from './composed-request';
import { otherScopesExample, profileInUse } from './profile-in-use';

const under = (behaviour: 'hosted-login' | 'next-identity' | 'oidc-core') => ({ ...DEFAULT_REQUEST, mock: { ...DEFAULT_REQUEST.mock, behaviour } });

describe('otherScopesExample', () => {
  it('offers the suffix-less custom scope only where it is matched (Next Identity)', () => {
    expect(otherScopesExample(under('next-identity'))).toBe('e.g. ad:user_custom bob');
    expect(otherScopesExample(under('hosted-login'))).not.toContain('ad:user_custom');
    expect(otherScopesExample(under('oidc-core'))).not.toContain('ad:user_custom');
  });

  it('knows no profile for a real provider', () => {
    expect(profileInUse({ ...DEFAULT_REQUEST, issuer: 'https://login.example.com' })).toBeUndefined();
  });
});

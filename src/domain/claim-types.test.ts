import { describe, expect, it } from 'vitest';
import { checkClaimTypes } from './claim-types';

describe('checkClaimTypes', () => {
  it('flags updated_at as a date string, as the Next Identity reference shows it', () => {
    const issues = checkClaimTypes({ updated_at: '2021-01-07 20:44:35.176625 +0000', email_verified: true });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ claim: 'updated_at', expected: 'number', actual: 'string' });
    expect(issues[0].sentence).toContain('seconds since 1970');
  });

  it('flags a non-boolean email_verified and a string address', () => {
    const issues = checkClaimTypes({ email_verified: 'true', address: '1 Main St' });
    expect(issues.map((i) => i.claim)).toEqual(['email_verified', 'address']);
  });

  it('accepts the types OIDC Core defines, and ignores claims it does not define', () => {
    expect(checkClaimTypes({ iat: 1, exp: 2, auth_time: 3, updated_at: 4, address: { country: 'US' }, company_name: 5 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkClaimTypes } from './claim-types';

describe('checkClaimTypes', () => {
  it('flags the Next Identity reference’s id_token, whose updated_at is a date string', () => {
    const referenceIdToken = {
      iss: 'https://[YOUR DOMAIN]',
      sub: 'b30647ef-7f03-4ce1-ae91-9476e49d0605',
      aud: '8944rpsam5cd3kpb6vqakvacr6dvgfqf',
      iat: 1610052530,
      exp: 1611262130,
      nonce: 'yMLsS49XhyEcxJESP9YEN2QetYrVWVzPxJAvF7wkaDLWAn9PyK',
      name: 'John',
      given_name: 'John',
      family_name: 'Smith',
      email: 'john.smith@email.com',
      email_verified: true,
      phone_number_verified: false,
      updated_at: '2021-01-07 20:44:35.176625 +0000',
    };

    const issues = checkClaimTypes(referenceIdToken);

    expect(issues).toEqual([
      {
        claim: 'updated_at',
        expected: 'number',
        actual: 'string',
        section: 'OIDC Core §5.1',
      },
    ]);
  });

  it('flags JWT times that are not numbers, citing OIDC Core §2', () => {
    const issues = checkClaimTypes({ iat: '1610052530', exp: 1611262130, auth_time: '2021-01-07T20:44:35Z' });

    expect(issues.map((i) => i.claim)).toEqual(['iat', 'auth_time']);
    expect(issues[1]?.section).toBe('OIDC Core §2');
  });

  it('flags a non-boolean email_verified and an address that is not an object', () => {
    const issues = checkClaimTypes({ email_verified: 'true', address: '1233 NW 12th Ave', phone_number_verified: 1 });

    expect(issues.map(({ claim, expected, actual }) => ({ claim, expected, actual }))).toEqual([
      { claim: 'email_verified', expected: 'boolean', actual: 'string' },
      { claim: 'address', expected: 'object', actual: 'string' },
      { claim: 'phone_number_verified', expected: 'boolean', actual: 'number' },
    ]);
    expect(issues[1]?.section).toBe('OIDC Core §5.1');
  });

  it('tells an array and null apart from an object', () => {
    const issues = checkClaimTypes({ address: ['1233 NW 12th Ave'], given_name: null });

    expect(issues.map((i) => i.actual)).toEqual(['array', 'null']);
  });

  it('accepts aud as a string or an array of strings, and nothing else', () => {
    expect(checkClaimTypes({ aud: 'playground' })).toEqual([]);
    expect(checkClaimTypes({ aud: ['playground', 'api'] })).toEqual([]);
    expect(checkClaimTypes({ aud: 42 })[0]).toMatchObject({ claim: 'aud', expected: 'string', actual: 'number', section: 'OIDC Core §2' });
  });

  it('accepts the types OIDC Core defines, and does not judge claims it does not define', () => {
    const claims = { iat: 1, exp: 2, nbf: 0, auth_time: 3, updated_at: 4, amr: ['pwd'], address: { country: 'US' }, company_name: 5, constructor: 'x', toString: 1 };

    expect(checkClaimTypes(claims)).toEqual([]);
  });
});

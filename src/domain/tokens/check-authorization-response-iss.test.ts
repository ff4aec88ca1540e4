import { describe, expect, it } from 'vitest';
import { checkAuthorizationResponseIss, issOfCallback } from './check-authorization-response-iss';

const ISSUER = 'https://op.test/realms/demo';

describe('checkAuthorizationResponseIss (RFC 9207)', () => {
  it('passes an iss equal to the issuer the request went to', () => {
    expect(checkAuthorizationResponseIss({ issInResponse: ISSUER, expectedIssuer: ISSUER, advertised: true }).outcome).toBe('pass');
  });

  it('fails an iss from another issuer, with no normalisation (a trailing slash differs)', () => {
    expect(checkAuthorizationResponseIss({ issInResponse: 'https://evil.test', expectedIssuer: ISSUER, advertised: true }).outcome).toBe('fail');
    expect(checkAuthorizationResponseIss({ issInResponse: `${ISSUER}/`, expectedIssuer: ISSUER, advertised: undefined }).outcome).toBe('fail');
  });

  it('fails a missing iss only when discovery advertises the parameter', () => {
    expect(checkAuthorizationResponseIss({ issInResponse: undefined, expectedIssuer: ISSUER, advertised: true }).outcome).toBe('fail');
    expect(checkAuthorizationResponseIss({ issInResponse: undefined, expectedIssuer: ISSUER, advertised: false }).outcome).toBe('skipped');
    expect(checkAuthorizationResponseIss({ issInResponse: undefined, expectedIssuer: ISSUER, advertised: undefined }).outcome).toBe('skipped');
  });

  it('reads iss decoded from the callback URL', () => {
    expect(issOfCallback(`https://app.test/callback?code=abc&state=s&iss=${encodeURIComponent(ISSUER)}`)).toBe(ISSUER);
    expect(issOfCallback('https://app.test/callback?code=abc&state=s')).toBeUndefined();
  });
});

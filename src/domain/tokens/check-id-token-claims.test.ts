import { describe, expect, it } from 'vitest';
import { checkIdTokenClaims, type IdTokenCheckName, type IdTokenExpectations } from './check-id-token-claims';

const NOW = 1_768_469_400;
const expected: IdTokenExpectations = {
  issuer: 'https://op.test/mock-op',
  clientId: 'playground',
  nonce: 'n-0S6_WzA2Mj',
  expectedAtHash: 'LDktKdoQak3Pk0cnXxCltA',
  now: NOW,
};
const goodPayload = {
  iss: 'https://op.test/mock-op',
  aud: 'playground',
  sub: '3c388dd9-5bcc-4883-9a91-d51129110a4a',
  iat: NOW - 10,
  exp: NOW + 3590,
  nonce: 'n-0S6_WzA2Mj',
  at_hash: 'LDktKdoQak3Pk0cnXxCltA',
};

function outcomeOf(payload: Record<string, unknown>, name: IdTokenCheckName, expectations = expected) {
  return checkIdTokenClaims(payload, expectations).find((check) => check.name === name)?.outcome;
}

describe('checkIdTokenClaims', () => {
  it('passes every check for a good id_token', () => {
    const checks = checkIdTokenClaims(goodPayload, expected);

    expect(checks.map((c) => [c.name, c.outcome])).toEqual([
      ['iss', 'pass'],
      ['aud', 'pass'],
      ['azp', 'skipped'],
      ['exp', 'pass'],
      ['iat', 'pass'],
      ['nonce', 'pass'],
      ['at_hash', 'pass'],
    ]);
  });

  it('requires azp with several audiences, and that azp is this client', () => {
    expect(outcomeOf({ ...goodPayload, aud: ['api', 'playground'] }, 'azp')).toBe('fail');
    expect(outcomeOf({ ...goodPayload, aud: ['api', 'playground'], azp: 'playground' }, 'azp')).toBe('pass');
    expect(outcomeOf({ ...goodPayload, azp: 'someone-else' }, 'azp')).toBe('fail');
  });

  it('fails iss from another issuer', () => {
    expect(outcomeOf({ ...goodPayload, iss: 'https://evil.test' }, 'iss')).toBe('fail');
  });

  it('accepts aud when an audience array contains the client (asking to trust the others), and fails it otherwise', () => {
    expect(outcomeOf({ ...goodPayload, aud: ['api', 'playground'] }, 'aud')).toBe('warn');
    expect(outcomeOf({ ...goodPayload, aud: ['api'] }, 'aud')).toBe('fail');
  });

  it('fails exp past the clock tolerance, and passes it within', () => {
    expect(outcomeOf({ ...goodPayload, exp: NOW - 61 }, 'exp')).toBe('fail');
    expect(outcomeOf({ ...goodPayload, exp: NOW - 59 }, 'exp')).toBe('pass');
    expect(outcomeOf({ ...goodPayload, exp: NOW - 5 }, 'exp', { ...expected, clockTolerance: 0 })).toBe('fail');
  });

  it('fails exp and iat that are missing or not numbers', () => {
    expect(outcomeOf({ ...goodPayload, exp: undefined }, 'exp')).toBe('fail');
    expect(outcomeOf({ ...goodPayload, iat: String(NOW) }, 'iat')).toBe('fail');
  });

  it('fails an iat in the future beyond the tolerance', () => {
    expect(outcomeOf({ ...goodPayload, iat: NOW + 120 }, 'iat')).toBe('fail');
  });

  it('skips the nonce check when none was sent, and fails a different nonce', () => {
    expect(outcomeOf(goodPayload, 'nonce', { ...expected, nonce: undefined })).toBe('skipped');
    expect(outcomeOf({ ...goodPayload, nonce: 'replayed' }, 'nonce')).toBe('fail');
    expect(outcomeOf({ ...goodPayload, nonce: undefined }, 'nonce')).toBe('fail');
  });

  it('skips at_hash when the token has none or there is nothing to compare with, and fails a mismatch', () => {
    expect(outcomeOf({ ...goodPayload, at_hash: undefined }, 'at_hash')).toBe('skipped');
    expect(outcomeOf(goodPayload, 'at_hash', { ...expected, expectedAtHash: undefined })).toBe('skipped');
    expect(outcomeOf({ ...goodPayload, at_hash: 'AAAAAAAAAAAAAAAAAAAAAA' }, 'at_hash')).toBe('fail');
  });

  it('after a refresh, accepts an id_token without nonce (OIDC Core §12.2) but not a different one', () => {
    const refreshed = { ...expected, refreshed: true };
    expect(outcomeOf({ ...goodPayload, nonce: undefined }, 'nonce', refreshed)).toBe('pass');
    expect(outcomeOf(goodPayload, 'nonce', refreshed)).toBe('pass');
    expect(outcomeOf({ ...goodPayload, nonce: 'other' }, 'nonce', refreshed)).toBe('fail');
    const detail = checkIdTokenClaims({ ...goodPayload, nonce: undefined }, refreshed).find((c) => c.name === 'nonce')?.detail;
    expect(detail).not.toMatch(/No nonce was sent/);
  });

  it('with max_age, requires auth_time and that it is recent enough', () => {
    const withMaxAge = { ...expected, maxAge: 300 };
    expect(outcomeOf({ ...goodPayload, auth_time: NOW - 100 }, 'auth_time', withMaxAge)).toBe('pass');
    expect(outcomeOf({ ...goodPayload, auth_time: NOW - 1000 }, 'auth_time', withMaxAge)).toBe('fail');
    expect(outcomeOf(goodPayload, 'auth_time', withMaxAge)).toBe('fail');
    expect(outcomeOf(goodPayload, 'auth_time')).toBeUndefined();
  });

  it('checks acr only when asked: essential values must be met, voluntary ones only warn', () => {
    const essential = { ...expected, acr: { values: ['urn:mace:incommon:iap:silver'], essential: true } };
    const voluntary = { ...expected, acr: { values: ['urn:mace:incommon:iap:silver'], essential: false } };
    expect(outcomeOf({ ...goodPayload, acr: 'urn:mace:incommon:iap:silver' }, 'acr', essential)).toBe('pass');
    expect(outcomeOf({ ...goodPayload, acr: '0' }, 'acr', essential)).toBe('fail');
    expect(outcomeOf(goodPayload, 'acr', essential)).toBe('fail');
    expect(outcomeOf({ ...goodPayload, acr: '0' }, 'acr', voluntary)).toBe('warn');
    expect(outcomeOf(goodPayload, 'acr', voluntary)).toBe('warn');
    expect(outcomeOf(goodPayload, 'acr')).toBeUndefined();
  });

  it('with several audiences, asks the client to trust each one besides requiring azp', () => {
    expect(outcomeOf({ ...goodPayload, aud: ['playground', 'https://api.test'], azp: 'playground' }, 'aud')).toBe('warn');
    expect(outcomeOf({ ...goodPayload, aud: ['playground'] }, 'aud')).toBe('pass');
  });
});

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

  it('passes aud when an audience array contains the client, and fails it otherwise', () => {
    expect(outcomeOf({ ...goodPayload, aud: ['api', 'playground'] }, 'aud')).toBe('pass');
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
});

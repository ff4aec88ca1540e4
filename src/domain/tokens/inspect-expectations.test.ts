import { describe, expect, it } from 'vitest';
import { checkIdTokenClaims } from './check-id-token-claims';
import { inspectExpectations } from './inspect-expectations';

const payload = { iss: 'https://op.test', aud: 'playground', sub: 'u', iat: 1_700_000_000, exp: 1_700_003_600 };
const fields = { issuerText: '', audienceText: '', nowText: '2023-11-14T22:30:00Z' };

describe('inspectExpectations', () => {
  it('takes issuer and audience from the token when none is typed, and says so', () => {
    const result = inspectExpectations(payload, fields);
    expect(result).toEqual({
      outcome: 'ready',
      expectations: { issuer: 'https://op.test', clientId: 'playground', nonce: undefined, expectedAtHash: undefined, now: 1_700_001_000 },
      audienceFromToken: true,
    });
  });

  it('checks against a typed audience and a typed "now", so the checks can fail', () => {
    const result = inspectExpectations(payload, { issuerText: 'https://other.test', audienceText: 'another-client', nowText: '2023-11-15T12:00:00Z' });
    if (result.outcome !== 'ready') throw new Error(result.message);
    const failed = checkIdTokenClaims(payload, result.expectations).filter((c) => c.outcome === 'fail').map((c) => c.name);
    expect(failed).toEqual(['iss', 'aud', 'exp']);
    expect(result.audienceFromToken).toBe(false);
  });

  it('prefers azp, then the first of several audiences', () => {
    expect(inspectExpectations({ ...payload, aud: ['api', 'web'], azp: 'web' }, fields)).toMatchObject({ expectations: { clientId: 'web' } });
    expect(inspectExpectations({ ...payload, aud: ['api', 'web'] }, fields)).toMatchObject({ expectations: { clientId: 'api' } });
  });

  it('asks for what it cannot tell: no iss, no aud, an unreadable time', () => {
    expect(inspectExpectations({ aud: 'x' }, fields)).toMatchObject({ outcome: 'incomplete', field: 'issuer' });
    expect(inspectExpectations({ iss: 'https://op.test' }, fields)).toMatchObject({ outcome: 'incomplete', field: 'audience' });
    expect(inspectExpectations(payload, { ...fields, nowText: 'yesterday' })).toMatchObject({ outcome: 'incomplete', field: 'now' });
  });
});

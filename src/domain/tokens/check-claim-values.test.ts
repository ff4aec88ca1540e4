import { describe, expect, it } from 'vitest';
import { checkClaimValues } from './check-claim-values';

const NOW = 1768469400;
const codes = (claims: Record<string, unknown>) => checkClaimValues(claims, { now: NOW }).map((w) => [w.claim, w.code]);

describe('checkClaimValues', () => {
  it('passes an ordinary id_token silently', () => {
    expect(codes({ iat: NOW, exp: NOW + 3600, auth_time: NOW - 10, updated_at: NOW - 86400 })).toEqual([]);
  });

  it('flags auth_time 0 as a placeholder, not a 1970 login', () => {
    expect(codes({ iat: NOW, exp: NOW + 3600, auth_time: 0 })).toEqual([['auth_time', 'epoch-zero']]);
  });

  it('flags iat in the future beyond the clock tolerance', () => {
    expect(codes({ iat: NOW + 600, exp: NOW + 4200 })).toEqual([['iat', 'iat-in-future']]);
    expect(codes({ iat: NOW + 30, exp: NOW + 3630 })).toEqual([]);
  });

  it('flags exp before (or at) iat', () => {
    expect(codes({ iat: NOW, exp: NOW - 1 })).toEqual([['exp', 'exp-before-iat']]);
    expect(codes({ iat: NOW, exp: NOW })).toEqual([['exp', 'exp-before-iat']]);
  });

  it('flags auth_time after iat', () => {
    expect(codes({ iat: NOW - 600, exp: NOW + 3000, auth_time: NOW })).toEqual([['auth_time', 'auth-time-after-iat']]);
  });

  it('flags auth_time in the future when there is no iat to compare with (userinfo)', () => {
    expect(codes({ auth_time: NOW + 3600 })).toEqual([['auth_time', 'auth-time-in-future']]);
  });

  it('ignores values that are not numbers (the type check reports those)', () => {
    expect(codes({ iat: '2026-01-01', exp: null, auth_time: '0' })).toEqual([]);
  });
});

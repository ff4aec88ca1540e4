import { describe, expect, it } from 'vitest';
import { describeTime, isTimeClaim } from './describe-time';

const now = Date.UTC(2026, 0, 15, 9, 30) / 1000;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

describe('describeTime', () => {
  it('gives the UTC date-time without a fraction of a second, and a future phrase', () => {
    expect(describeTime(now + HOUR, now)).toEqual({ iso: '2026-01-15T10:30:00Z', relative: 'in 1 hour' });
  });

  it('counts an expiry just under the hour in minutes', () => {
    expect(describeTime(now + 59 * MINUTE, now)?.relative).toBe('in 59 minutes');
  });

  it('says how long ago a past time was', () => {
    expect(describeTime(now - 3 * DAY, now)?.relative).toBe('3 days ago');
    expect(describeTime(now - 90, now)?.relative).toBe('2 minutes ago');
    expect(describeTime(now - 400 * DAY, now)?.relative).toBe('1 year ago');
  });

  it('rounds up to the next unit instead of saying 60 minutes or 24 hours', () => {
    expect(describeTime(now + 59 * MINUTE + 50, now)?.relative).toBe('in 1 hour');
    expect(describeTime(now - (23 * HOUR + 50 * MINUTE), now)?.relative).toBe('1 day ago');
  });

  it('calls a time within the minute, either side, "just now"', () => {
    expect(describeTime(now - 10, now)?.relative).toBe('just now');
    expect(describeTime(now + 44, now)?.relative).toBe('just now');
  });

  it('gives no description for a number that is no date, as a token may carry', () => {
    expect(describeTime(1e20, now)).toBeUndefined();
    expect(describeTime(Number.NaN, now)).toBeUndefined();
    expect(describeTime(Number.POSITIVE_INFINITY, now)).toBeUndefined();
  });
});

describe('isTimeClaim', () => {
  it('knows the JWT and OIDC time claims, and nothing else', () => {
    expect(['iat', 'exp', 'auth_time', 'updated_at', 'nbf'].every(isTimeClaim)).toBe(true);
    expect(isTimeClaim('birthdate')).toBe(false);
  });
});

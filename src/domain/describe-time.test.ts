import { describe, expect, it } from 'vitest';
import { describeTime } from './describe-time';

const now = Date.UTC(2026, 0, 15, 9, 30) / 1000;

describe('describeTime', () => {
  it('gives the UTC date-time and a future phrase', () => {
    expect(describeTime(now + 3600, now)).toEqual({ iso: '2026-01-15T10:30:00Z', relative: 'in 1 hour' });
  });

  it('says how long ago a past time was', () => {
    expect(describeTime(now - 3 * 86400, now).relative).toBe('3 days ago');
    expect(describeTime(now - 90, now).relative).toBe('2 minutes ago');
  });

  it('calls a time within the minute "just now"', () => {
    expect(describeTime(now - 10, now).relative).toBe('just now');
  });
});

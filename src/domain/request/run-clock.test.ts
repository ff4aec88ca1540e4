import { describe, expect, it } from 'vitest';
import { checkClock, fixedClock } from './run-clock';

describe('fixedClock', () => {
  it('reads an ISO time and ignores an empty or unreadable one', () => {
    expect(fixedClock('2026-01-15T09:30:00Z')).toBe(Date.UTC(2026, 0, 15, 9, 30));
    expect(fixedClock('')).toBeUndefined();
    expect(fixedClock('next tuesday')).toBeUndefined();
  });
});

describe('checkClock', () => {
  it('accepts an empty clock and a date with a time and offset', () => {
    expect(checkClock('')).toBeUndefined();
    expect(checkClock('2026-01-15T09:30:00Z')).toBeUndefined();
    expect(checkClock('2026-01-15T09:30+02:00')).toBeUndefined();
  });

  it('asks for a time when only a date is given', () => {
    expect(fixedClock('2026-01-15')).toBeUndefined();
    expect(checkClock('2026-01-15')).toBe('Clock: 2026-01-15 has no time; add one, such as 2026-01-15T09:30:00Z.');
  });

  it('shows the expected form for text that is not a date', () => {
    expect(checkClock('next tuesday')).toContain('2026-01-15T09:30:00Z');
  });
});

import { describe, expect, it } from 'vitest';
import { seededBytes } from './seeded-random';

describe('seededBytes', () => {
  it('gives the same bytes for the same seed and counter', () => {
    expect(seededBytes('demo', 3, 32)).toEqual(seededBytes('demo', 3, 32));
  });

  it('gives different bytes for another counter or another seed', () => {
    const base = Array.from(seededBytes('demo', 0, 16));
    expect(Array.from(seededBytes('demo', 1, 16))).not.toEqual(base);
    expect(Array.from(seededBytes('other', 0, 16))).not.toEqual(base);
  });

  it('spreads values over the whole byte range', () => {
    const bytes = seededBytes('spread', 0, 4096);
    const distinct = new Set(bytes);
    expect(distinct.size).toBeGreaterThan(240);
  });
});

import { describe, expect, it } from 'vitest';
import { DPOP_ALGORITHMS } from './dpop-algorithms';

describe('DPOP_ALGORITHMS', () => {
  it('names asymmetric algorithms only (RFC 9449 §4.2: none and MACs are not allowed)', () => {
    expect(DPOP_ALGORITHMS.length).toBeGreaterThan(0);
    for (const alg of DPOP_ALGORITHMS) expect(alg).not.toMatch(/^(none|HS\d+)$/i);
  });
});

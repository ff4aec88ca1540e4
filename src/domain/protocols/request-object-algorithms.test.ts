import { describe, expect, it } from 'vitest';
import { REQUEST_OBJECT_ALGORITHMS } from './request-object-algorithms';

describe('REQUEST_OBJECT_ALGORITHMS', () => {
  it('never accepts an unsigned object (alg none proves nothing, RFC 9101 §6.1)', () => {
    expect(REQUEST_OBJECT_ALGORITHMS).not.toContain('none');
    expect(REQUEST_OBJECT_ALGORITHMS.length).toBeGreaterThan(0);
  });
});

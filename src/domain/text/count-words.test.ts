import { describe, expect, it } from 'vitest';
import { countOf } from './count-words';

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'check')).toBe('1 check');
    expect(countOf(0, 'check')).toBe('0 checks');
    expect(countOf(4, 'check')).toBe('4 checks');
    expect(countOf(2, 'entry', 'entries')).toBe('2 entries');
  });
});

import { describe, expect, it } from 'vitest';
import { readPresenterParameter } from './presenter-parameter';

describe('readPresenterParameter', () => {
  it('reads 1 as on, 0 as off, and anything else as no choice', () => {
    expect(readPresenterParameter(new URLSearchParams('presenter=1'))).toBe(true);
    expect(readPresenterParameter(new URLSearchParams('presenter=0'))).toBe(false);
    expect(readPresenterParameter(new URLSearchParams('presenter=yes'))).toBeUndefined();
    expect(readPresenterParameter(new URLSearchParams('scope=openid'))).toBeUndefined();
  });
});

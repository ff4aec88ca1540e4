import { describe, expect, it } from 'vitest';
import { measureDepth, textDepthExceeds } from './json-limits';

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('measureDepth', () => {
  it('accepts ordinary claim sets', () => {
    expect(measureDepth({ sub: '1', address: { formatted: 'x' }, roles: ['a', ['b']] })).toEqual({ outcome: 'within' });
  });

  it('stops at the limit without recursing, even 100,000 levels deep', () => {
    expect(measureDepth(nested(100_000))).toEqual({ outcome: 'too-deep', depth: 65 });
  });

  it('counts arrays as levels too', () => {
    let value: unknown = [];
    for (let i = 0; i < 70; i++) value = [value];
    expect(measureDepth(value).outcome).toBe('too-deep');
    expect(measureDepth(nested(64)).outcome).toBe('within');
  });
});

describe('textDepthExceeds', () => {
  it('sees a 100,000-deep text without parsing it', () => {
    expect(textDepthExceeds('['.repeat(100_000) + ']'.repeat(100_000))).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(textDepthExceeds(JSON.stringify({ a: '{'.repeat(500), b: '\\"[[[[' }))).toBe(false);
  });
});

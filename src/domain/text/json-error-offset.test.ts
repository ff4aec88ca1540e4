import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it('answers the length for JSON that is valid', () => {
    const text = '{"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null], "b": {}}';

    expect(jsonErrorOffset(text)).toBe(text.length);
  });

  it.each([
    ['a missing value', '{"email": }', 10],
    ['an unknown character', '{"email": @}', 10],
    ['a trailing comma in an array', '[1,]', 3],
    ['a misspelt literal', '{"email": nul}', 13],
    ['a single-quoted name', "{'email': null}", 1],
    ['a missing colon', '{"email" null}', 9],
    ['a leading zero', '[01]', 2],
    ['a minus without digits', '[-]', 2],
    ['text after the value', '{} x', 3],
    ['a bad escape', '["\\x"]', 3],
    ['a raw line break in a string', '["a\nb"]', 3],
  ])('points at %s', (_what, text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('points at the end when the text stops too early', () => {
    const text = '{"userinfo": {"email": null';

    expect(jsonErrorOffset(text)).toBe(text.length);
  });
});

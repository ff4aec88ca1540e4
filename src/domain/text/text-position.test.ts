import { describe, expect, it } from 'vitest';
import { locateMember, positionAt } from './text-position';

describe('positionAt', () => {
  it('counts lines and columns from 1', () => {
    expect(positionAt('abc', 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionAt('ab\ncd\nef', 7)).toEqual({ offset: 7, line: 3, column: 2 });
  });

  it('puts the character after a line break in column 1 of the next line', () => {
    expect(positionAt('ab\ncd', 3)).toEqual({ offset: 3, line: 2, column: 1 });
  });

  it('clamps an offset outside the text', () => {
    expect(positionAt('abc', 10)).toEqual({ offset: 3, line: 1, column: 4 });
    expect(positionAt('abc', -2)).toEqual({ offset: 0, line: 1, column: 1 });
  });
});

describe('locateMember', () => {
  it('finds a nested member after its parent, not an earlier one of the same name', () => {
    const text = '{"userinfo": {"email": null}, "id_token": {"email": null}}';

    expect(locateMember(text, ['id_token', 'email'])).toBe(43);
  });

  it('stops at the last member it found when the path goes on', () => {
    const text = '{"userinfo": {}}';

    expect(locateMember(text, ['userinfo', 'email'])).toBe(1);
  });
});

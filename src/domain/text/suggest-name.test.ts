import { describe, expect, it } from 'vitest';
import { suggestName } from './suggest-name';

const known = ['gender', 'given_name', 'family_name', 'email', 'email_verified'];

describe('suggestName', () => {
  it('prefers the name with the same letters in another case', () => {
    expect(suggestName('Gender', known)).toBe('gender');
  });

  it('suggests a name one typo away', () => {
    expect(suggestName('emaik', ['gender', 'email'])).toBe('email');
    expect(suggestName('given_nme', known)).toBe('given_name');
  });

  it('suggests nothing for a name too far from every known one', () => {
    expect(suggestName('shoe_size', known)).toBeUndefined();
  });

  it('counts two swapped neighbouring letters as one mistake', () => {
    expect(suggestName('emial', ['email', 'profile', 'phone'])).toBe('email');
  });
});

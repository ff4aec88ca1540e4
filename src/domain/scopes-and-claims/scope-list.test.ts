import { describe, expect, it } from 'vitest';
import { joinScopes, splitScopes } from './scope-list';

describe('splitScopes', () => {
  it('splits on any whitespace and drops empty entries and repeats', () => {
    expect(splitScopes('  openid\temail\n openid  profile ')).toEqual(['openid', 'email', 'profile']);
  });

  it('keeps case, since scopes are case-sensitive (RFC 6749 §3.3)', () => {
    expect(splitScopes('openid Email email')).toEqual(['openid', 'Email', 'email']);
  });

  it('gives nothing for null, undefined or blank text', () => {
    expect(splitScopes(null)).toEqual([]);
    expect(splitScopes(undefined)).toEqual([]);
    expect(splitScopes('   ')).toEqual([]);
  });
});

describe('joinScopes', () => {
  it('joins with single spaces', () => {
    expect(joinScopes(['openid', 'email'])).toBe('openid email');
  });
});

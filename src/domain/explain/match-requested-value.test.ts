import { describe, expect, it } from 'vitest';
import { matchRequestedValue } from './match-requested-value';

describe('matchRequestedValue', () => {
  it('matches a value asked for with value', () => {
    expect(matchRequestedValue({ value: 'male' }, 'male')).toEqual({ kind: 'value', matched: true, asked: '"male"' });
  });

  it('says when the delivered value is not the one asked for', () => {
    expect(matchRequestedValue({ essential: true, value: 'female' }, 'male')?.matched).toBe(false);
  });

  it('matches one of values', () => {
    expect(matchRequestedValue({ values: ['urn:a', 'urn:b'] }, 'urn:b')).toEqual({ kind: 'values', matched: true, asked: '["urn:a","urn:b"]' });
    expect(matchRequestedValue({ values: ['urn:a'] }, 'urn:c')?.matched).toBe(false);
  });

  it('says nothing when no value was asked for', () => {
    expect(matchRequestedValue({ essential: true }, 'x')).toBeUndefined();
  });
});

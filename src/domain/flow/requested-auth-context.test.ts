import { describe, expect, it } from 'vitest';
import { requestedAuthContext } from './requested-auth-context';

const none = { maxAge: '', acrValues: '', claimsText: '' };

describe('requestedAuthContext', () => {
  it('asks nothing of a plain request', () => {
    expect(requestedAuthContext(none)).toEqual({});
  });

  it('reads max_age as seconds, and ignores text that is not a whole number', () => {
    expect(requestedAuthContext({ ...none, maxAge: '300' })).toEqual({ maxAge: 300 });
    expect(requestedAuthContext({ ...none, maxAge: 'soon' })).toEqual({});
  });

  it('takes acr_values as voluntary and claims.id_token.acr essential as essential, merging their values', () => {
    expect(requestedAuthContext({ ...none, acrValues: 'silver gold' })).toEqual({ acr: { values: ['silver', 'gold'], essential: false } });
    expect(requestedAuthContext({ ...none, acrValues: 'silver', claimsText: '{"id_token":{"acr":{"essential":true,"values":["gold"]}}}' })).toEqual({
      acr: { values: ['silver', 'gold'], essential: true },
    });
  });
});

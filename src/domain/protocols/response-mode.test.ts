import { describe, expect, it } from 'vitest';
import { authorizationResponseParameters, moveResponseToFragment, responseModeOf } from './response-mode';

describe('response mode (OAuth 2.0 Multiple Response Type Encoding Practices §2)', () => {
  it('reads the response from the fragment', () => {
    expect(authorizationResponseParameters('https://rp.test/callback#code=abc&state=s1')?.get('code')).toBe('abc');
  });

  it('reads the response from the query', () => {
    expect(authorizationResponseParameters('https://rp.test/callback?code=abc&state=s1')?.get('state')).toBe('s1');
  });

  it('tells a fragment response from a query one', () => {
    expect(responseModeOf('https://rp.test/callback#code=abc&state=s1')).toBe('fragment');
    expect(responseModeOf('https://rp.test/callback?code=abc&state=s1')).toBe('query');
    expect(responseModeOf('https://rp.test/callback?error=access_denied#error=access_denied')).toBe('fragment');
  });

  it('moves what the provider added to the fragment, and keeps the redirect URI’s own query', () => {
    const moved = moveResponseToFragment('https://rp.test/callback?tenant=a&code=abc&state=s1', 'https://rp.test/callback?tenant=a');
    const url = new URL(moved);
    expect(url.search).toBe('?tenant=a');
    expect(new URLSearchParams(url.hash.slice(1)).get('code')).toBe('abc');
    expect(new URLSearchParams(url.hash.slice(1)).get('state')).toBe('s1');
  });
});

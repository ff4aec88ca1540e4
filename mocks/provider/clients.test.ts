import { describe, expect, it } from 'vitest';
import { defaultClient } from './clients';

describe('defaultClient', () => {
  it('registers /callback and /signed-out at the root of an origin', () => {
    const client = defaultClient('http://127.0.0.1:5173');
    expect(client.redirectUris).toEqual(['http://127.0.0.1:5173/callback']);
    expect(client.postLogoutRedirectUris).toEqual(['http://127.0.0.1:5173/signed-out']);
  });

  it('registers them under the base path the app is served from', () => {
    const client = defaultClient('https://example.github.io/oidc-playground/');
    expect(client.redirectUris).toEqual(['https://example.github.io/oidc-playground/callback']);
    expect(client.postLogoutRedirectUris).toEqual(['https://example.github.io/oidc-playground/signed-out']);
  });
});

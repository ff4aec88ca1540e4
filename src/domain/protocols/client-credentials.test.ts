import { describe, expect, it } from 'vitest';
import { clientCredentialsScopes, mockServiceClientMethod, offersClientCredentials } from './client-credentials';

describe('clientCredentialsScopes (RFC 6749 §4.4.2, §3.3)', () => {
  it('grants a requested scope the client may have', () => {
    expect(clientCredentialsScopes(['api:read'], ['openid', 'api:read'])).toEqual([{ scope: 'api:read', outcome: 'granted' }]);
  });

  it('leaves out a scope the policy does not allow', () => {
    expect(clientCredentialsScopes(['api:write'], ['api:read'])).toEqual([{ scope: 'api:write', outcome: 'not-allowed' }]);
  });

  it('leaves out openid and the claim scopes even when allowed: there is no user (OIDC Core §5.4)', () => {
    expect(clientCredentialsScopes(['openid', 'email', 'offline_access'], ['openid', 'email', 'offline_access']).map((s) => s.outcome)).toEqual([
      'needs-a-user',
      'needs-a-user',
      'needs-a-user',
    ]);
  });

  it('counts a repeated scope once', () => {
    expect(clientCredentialsScopes(['api:read', 'api:read'], ['api:read'])).toHaveLength(1);
  });
});

describe('offersClientCredentials (RFC 8414 §2)', () => {
  it('is offered when grant_types_supported lists it', () => {
    expect(offersClientCredentials(['authorization_code', 'client_credentials'])).toBe(true);
  });
  it('is not offered when the member is absent (its default has no client_credentials)', () => {
    expect(offersClientCredentials(undefined)).toBe(false);
    expect(offersClientCredentials(['authorization_code'])).toBe(false);
  });
});

describe('mockServiceClientMethod (RFC 6749 §2.3.1, RFC 8414 §2)', () => {
  it('sends the secret in the body when client_secret_post is chosen', () => {
    expect(mockServiceClientMethod('client_secret_post')).toBe('client_secret_post');
  });
  it('uses a Basic header otherwise, the default of RFC 8414 §2', () => {
    expect(mockServiceClientMethod('auto')).toBe('client_secret_basic');
    expect(mockServiceClientMethod('none')).toBe('client_secret_basic');
  });
});

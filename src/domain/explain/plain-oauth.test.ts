import { describe, expect, it } from 'vitest';
import { plainOAuthOf } from './plain-oauth';

describe('plainOAuthOf', () => {
  it('is nothing for an OpenID Connect request', () => {
    expect(plainOAuthOf({ requestedScopes: ['openid', 'email'], failure: undefined })).toBeUndefined();
  });

  it('says a request without openid is plain OAuth 2.0, and whether userinfo refused its token', () => {
    expect(plainOAuthOf({ requestedScopes: ['email'], failure: { error: 'insufficient_scope', description: '', stage: 'userinfo' } })).toEqual({ userinfoRefused: true });
    expect(plainOAuthOf({ requestedScopes: ['email'], failure: undefined })).toEqual({ userinfoRefused: false });
  });
});

import { describe, expect, it } from 'vitest';
import { OAUTH_ERROR_CODES, isOAuthErrorCode } from './error-codes';

describe('isOAuthErrorCode', () => {
  it('knows the registered codes of RFC 6749, RFC 6750 and OIDC Core', () => {
    expect(['invalid_scope', 'invalid_token', 'consent_required'].every(isOAuthErrorCode)).toBe(true);
  });

  it('treats a provider’s own code and the playground’s codes as unregistered', () => {
    expect(isOAuthErrorCode('tenant_disabled')).toBe(false);
    expect(isOAuthErrorCode('cors_blocked')).toBe(false);
  });

  it('lists each code once', () => {
    expect(new Set(OAUTH_ERROR_CODES).size).toBe(OAUTH_ERROR_CODES.length);
  });
});

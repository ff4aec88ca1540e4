import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, withScopes, type ComposedRequest } from './composed-request';
import { resetPart } from './reset-composition';

const edited: ComposedRequest = {
  ...withScopes(DEFAULT_REQUEST, ['openid', 'address']),
  issuer: 'https://login.example.com',
  clientId: 'spa',
  claimsText: '{"userinfo":{"gender":null}}',
  prompt: 'login',
  mock: { ...DEFAULT_MOCK_SETTINGS, userText: '{"uuid":"x"}', loginPolicyText: '{}', allowedScopes: ['openid'] },
};

describe('resetPart', () => {
  it('puts scopes, claims and parameters back, keeping the provider and the mock settings', () => {
    const reset = resetPart(edited, 'request');

    expect(reset).toEqual({ ...DEFAULT_REQUEST, issuer: 'https://login.example.com', clientId: 'spa', mock: edited.mock });
  });

  it('puts only the user profile back', () => {
    const reset = resetPart(edited, 'user');

    expect(reset.mock.userText).toBe(DEFAULT_MOCK_SETTINGS.userText);
    expect(reset.mock.loginPolicyText).toBe('{}');
    expect(reset.prompt).toBe('login');
  });

  it('puts only the login policy back', () => {
    const reset = resetPart(edited, 'policy');

    expect(reset.mock.loginPolicyText).toBe(DEFAULT_MOCK_SETTINGS.loginPolicyText);
    expect(reset.mock.userText).toBe('{"uuid":"x"}');
  });
});

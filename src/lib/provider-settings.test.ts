import { describe, expect, it } from 'vitest';
import { DEFAULT_MOCK_SETTINGS } from '../domain/request/composed-request';
import { DEFAULT_LOGIN_POLICY } from '../domain/mock/login-policy';
import { SEED_USER } from '../domain/mock/user-profile';
import { EMPTY_BRANDING } from '../domain/mock/branding';
import { providerSettingsOf } from './provider-settings';

describe('providerSettingsOf: what the provider is handed', () => {
  it('parses the typed profile, policy, clock and seed once, into typed settings', () => {
    const read = providerSettingsOf({ ...DEFAULT_MOCK_SETTINGS, clock: '2026-01-15T09:30:00Z', seed: 'demo' });

    expect(read).toEqual({
      outcome: 'ready',
      settings: {
        allowedScopes: DEFAULT_MOCK_SETTINGS.allowedScopes,
        behaviour: DEFAULT_MOCK_SETTINGS.behaviour,
        disallowedScopes: 'drop',
        user: SEED_USER,
        loginPolicy: DEFAULT_LOGIN_POLICY,
        clock: { kind: 'fixed', millis: Date.parse('2026-01-15T09:30:00Z') },
        randomness: { kind: 'seeded', seed: 'demo' },
        branding: EMPTY_BRANDING,
        protocols: { clients: { playground: { requirePushedAuthorizationRequests: false } }, jwtAccessTokens: false },
      },
    });
  });

  it('hands over the mock’s protocol settings under the provider’s names: require-PAR as its client’s metadata (RFC 9126 §6), not server-wide', () => {
    const read = providerSettingsOf({ ...DEFAULT_MOCK_SETTINGS, protocols: { requirePar: true, jwtAccessTokens: true } });

    expect(read.outcome === 'ready' && read.settings).toEqual(expect.objectContaining({ protocols: { clients: { playground: { requirePushedAuthorizationRequests: true } }, jwtAccessTokens: true } }));
  });

  it('takes an empty clock and seed for the real clock and fresh randomness', () => {
    const read = providerSettingsOf(DEFAULT_MOCK_SETTINGS);

    expect(read.outcome === 'ready' && read.settings).toMatchObject({ clock: { kind: 'real' }, randomness: { kind: 'random' } });
  });

  it('refuses a policy that does not validate, rather than releasing no custom claims behind the person’s back', () => {
    const loginPolicyText = JSON.stringify({ customClaims: { id_token: { consent_email_marketing: 'EMAIL_MARKETING_OPTIN' } } });

    const read = providerSettingsOf({ ...DEFAULT_MOCK_SETTINGS, loginPolicyText });

    expect(read.outcome).toBe('refused');
    expect(read.outcome === 'refused' && read.problems.join(' ')).toContain('Login policy');
  });

  it('refuses a broken user profile and a clock that is not a date and time, naming each', () => {
    const read = providerSettingsOf({ ...DEFAULT_MOCK_SETTINGS, userText: '{"givenName": "Toni"}', clock: 'tomorrow' });

    expect(read.outcome === 'refused' && read.problems).toEqual([expect.stringContaining('Mock user profile'), expect.stringContaining('Clock:')]);
  });
});

import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { describe, expect, it } from 'vitest';
import { listBehaviourProfiles } from '../mock/behaviour-profile';
import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, withScopes } from './composed-request';
import { exportConfiguration, importConfiguration } from './configuration-file';

const request = { ...withScopes(DEFAULT_REQUEST, ['openid', 'email', 'bob']), claimsText: '{"userinfo":{"gender":null}}' };

describe('configuration files', () => {
  it('round-trips a composed request through export and import', () => {
    expect(importConfiguration(exportConfiguration(request))).toEqual({ outcome: 'valid', request });
  });

  it('writes the mock user and login policy as JSON objects, not escaped strings', () => {
    const file = JSON.parse(exportConfiguration(request)) as { version: number; request: { mock: Record<string, unknown> } };

    expect(file.version).toBe(2);
    expect(file.request.mock.user).toEqual(JSON.parse(DEFAULT_MOCK_SETTINGS.userText));
    expect(file.request.mock.loginPolicy).toEqual(JSON.parse(DEFAULT_MOCK_SETTINGS.loginPolicyText));
    expect(file.request.mock).not.toHaveProperty('userText');
  });

  it('keeps a user profile that is not JSON yet as text, so an edit in progress is not lost', () => {
    const halfTyped = { ...request, mock: { ...request.mock, userText: '{"uuid": ' } };

    expect(importConfiguration(exportConfiguration(halfTyped))).toEqual({ outcome: 'valid', request: halfTyped });
  });

  it('still reads a version 1 file with the user and policy as strings', () => {
    const v1 = JSON.stringify({
      format: 'oidc-playground-request',
      version: 1,
      request: { issuer: 'mock', mock: { userText: '{"uuid": "u-1"}', loginPolicyText: '{"customScopes": {}}' } },
    });

    const result = importConfiguration(v1);

    expect(result.outcome).toBe('valid');
    expect(result.outcome === 'valid' && result.request.mock.userText).toBe('{"uuid": "u-1"}');
    expect(result.outcome === 'valid' && result.request.mock.loginPolicyText).toBe('{"customScopes": {}}');
  });

  it.each([
    ['not json', 'The file is not JSON'],
    ['{"format":"something-else"}', 'not a playground request'],
    ['{"format":"oidc-playground-request","version":3,"request":{}}', 'version 3'],
    ['{"format":"oidc-playground-request","version":2,"request":{"mock":{"user":"{}"}}}', 'request.mock.user must be a JSON object'],
    ['{"format":"oidc-playground-request","version":1,"request":{"clientId":42}}', 'request.clientId must be text'],
    ['{"format":"oidc-playground-request","version":1,"request":{"mock":{"allowedScopes":"openid email"}}}', 'request.mock.allowedScopes must be a list'],
    ['{"format":"oidc-playground-request","version":1,"request":{"mock":{"behaviour":"auth0"}}}', `request.mock.behaviour must be ${listBehaviourProfiles()}`],
    ['{"format":"oidc-playground-request","version":2,"request":{"mock":{"branding":"acme"}}}', 'request.mock.branding must be an object'],
    ['{"format":"oidc-playground-request","version":2,"request":{"mock":{"branding":{"logo":"data:text/html;base64,PGI+"}}}}', 'request.mock.branding.logo is not a PNG'],
  ])('rejects %s with a message that says what is wrong', (text, message) => {
    const result = importConfiguration(text);
    expect(result.outcome).toBe('invalid');
    expect(result.outcome === 'invalid' && result.message).toContain(message);
  });
});

describe('branding in the exported file', () => {
  it('carries the logo, however large for a link, and reads it back', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><desc>${'x'.repeat(20_000)}</desc></svg>`;
    const branding = { providerName: 'Acme ID', accent: '#aa3300', clientName: 'Acme Shop', logo: `data:image/svg+xml;base64,${btoa(svg)}` };
    const request = { ...DEFAULT_REQUEST, mock: { ...DEFAULT_REQUEST.mock, branding } };
    const result = importConfiguration(exportConfiguration(request));
    expect(result.outcome === 'valid' && result.request.mock.branding).toEqual(branding);
  });
});

describe('importConfiguration limits', () => {
  it('refuses a file over 200 kB before parsing it', () => {
    const result = importConfiguration(' '.repeat(1_000_000));
    expect(result).toMatchObject({ outcome: 'invalid', message: expect.stringContaining('accepts up to 200 kB') });
  });
});

describe('protocol switches in the exported file', () => {
  it('carries the switches and the mock’s protocol settings, and reads them back', () => {
    const request = {
      ...DEFAULT_REQUEST,
      protocols: { ...DEFAULT_PROTOCOL_CHOICES, par: true, fragment: true, clientCredentials: true },
      mock: { ...DEFAULT_MOCK_SETTINGS, protocols: { requirePar: true, jwtAccessTokens: true } },
    };
    const text = exportConfiguration(request);
    expect(text).not.toMatch(/secret/i);
    const read = importConfiguration(text);
    expect(read.outcome === 'valid' && read.request.protocols).toEqual(request.protocols);
    expect(read.outcome === 'valid' && read.request.mock.protocols).toEqual(request.mock.protocols);
  });
});

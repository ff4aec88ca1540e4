import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, NO_FAULTS, withScopes } from './composed-request';
import { exportConfiguration, importConfiguration } from './configuration-file';

const request = { ...withScopes(DEFAULT_REQUEST, ['openid', 'email', 'bob']), claimsText: '{"userinfo":{"gender":null}}' };

describe('configuration files', () => {
  it('round-trips a composed request through export and import', () => {
    expect(importConfiguration(exportConfiguration(request))).toEqual({ outcome: 'valid', request });
  });

  it('does not export one-shot fault switches', () => {
    const exported = exportConfiguration({ ...request, mock: { ...request.mock, faults: { ...NO_FAULTS, slowJwks: true } } });
    expect(exported).not.toContain('faults');
    expect(exported).not.toContain('slowJwks');
  });

  it.each([
    ['not json', 'The file is not JSON'],
    ['{"format":"something-else"}', 'not a playground request'],
    ['{"format":"oidc-playground-request","version":2,"request":{}}', 'version 2'],
    ['{"format":"oidc-playground-request","version":1,"request":{"clientId":42}}', 'request.clientId must be text'],
    ['{"format":"oidc-playground-request","version":1,"request":{"mock":{"allowedScopes":"openid email"}}}', 'request.mock.allowedScopes must be a list'],
    ['{"format":"oidc-playground-request","version":1,"request":{"mock":{"behaviour":"auth0"}}}', 'hosted-login, next-identity or oidc-core'],
  ])('rejects %s with a message that says what is wrong', (text, message) => {
    const result = importConfiguration(text);
    expect(result.outcome).toBe('invalid');
    expect(result.outcome === 'invalid' && result.message).toContain(message);
  });
});

describe('importConfiguration limits', () => {
  it('refuses a file over 200 kB before parsing it', () => {
    const result = importConfiguration(' '.repeat(1_000_000));
    expect(result).toMatchObject({ outcome: 'invalid', message: expect.stringContaining('accepts up to 200 kB') });
  });
});

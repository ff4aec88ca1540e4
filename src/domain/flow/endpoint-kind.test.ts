import { describe, expect, it } from 'vitest';
import { endpointKind } from './endpoint-kind';

describe('endpointKind', () => {
  it.each([
    ['https://op.test/.well-known/openid-configuration', 'discovery'],
    ['https://op.test/mock-op/userinfo', 'userinfo'],
    ['https://login.microsoftonline.com/t/oauth2/v2.0/token', 'token'],
    ['https://op.test/mock-op/jwks', 'jwks'],
    ['https://www.googleapis.com/oauth2/v3/certs', 'jwks'],
    ['https://op.test/token/introspect', 'introspection'],
    ['https://op.test/session/end', 'other'],
  ])('tells %s is %s', (url, kind) => {
    expect(endpointKind(url)).toBe(kind);
  });
});

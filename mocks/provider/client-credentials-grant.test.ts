import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { describe, expect, it } from 'vitest';
import { MOCK_SERVICE_CLIENT } from '../../src/domain/protocols/client-credentials';
import { DEFAULT_PROVIDER_SETTINGS } from './settings';
import { CLIENT_ID, formOf, introspect, testProvider, type TestProvider } from './test-kit';

/** The client credentials grant (RFC 6749 §4.4) at the mock's token endpoint. */
const { clientId, secret } = MOCK_SERVICE_CLIENT;
const basic = (id: string, password: string) => `Basic ${btoa(`${encodeURIComponent(id)}:${encodeURIComponent(password)}`)}`;
const withApiScope = () => testProvider({ allowedScopes: [...DEFAULT_PROVIDER_SETTINGS.allowedScopes, 'api:read'] });

function grant(test: TestProvider, values: Record<string, string>, authorization?: string) {
  return test.provider.token(formOf({ grant_type: 'client_credentials', ...values }), authorization);
}

describe('client credentials (RFC 6749 §4.4)', () => {
  it('issues an access token for the allowed scopes to a client authenticated with Basic: no id_token, no refresh token (§4.4.3)', async () => {
    const test = withApiScope();
    const response = await grant(test, { scope: 'api:read' }, basic(clientId, secret));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_type: 'Bearer', scope: 'api:read', expires_in: 3600 });
    expect(response.body).not.toHaveProperty('id_token');
    expect(response.body).not.toHaveProperty('refresh_token');
  });

  it('accepts the secret in the form body (client_secret_post, §2.3.1)', async () => {
    const response = await grant(withApiScope(), { scope: 'api:read', client_id: clientId, client_secret: secret });
    expect(response.status).toBe(200);
  });

  it('leaves out scopes about a user and scopes the policy does not allow, and says what it granted in scope (§3.3)', async () => {
    const response = await grant(withApiScope(), { scope: 'openid email api:read api:write' }, basic(clientId, secret));
    expect(response.body).toMatchObject({ scope: 'api:read' });
  });

  it('refuses instead when the token policy rejects disallowed scopes', async () => {
    const test = testProvider({ allowedScopes: ['api:read'], disallowedScopes: 'reject' });
    const response = await grant(test, { scope: 'api:read api:write' }, basic(clientId, secret));
    expect(response).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });
  });

  it('refuses a wrong secret with 401 invalid_client and a Basic challenge (§5.2)', async () => {
    const response = await grant(withApiScope(), { scope: 'api:read' }, basic(clientId, 'wrong'));
    expect(response).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(response.headers['WWW-Authenticate']).toMatch(/^Basic /);
  });

  it('refuses the confidential client without its secret', async () => {
    const response = await grant(withApiScope(), { scope: 'api:read', client_id: clientId });
    expect(response).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });

  it('refuses two authentication methods in one request (§2.3)', async () => {
    const response = await grant(withApiScope(), { scope: 'api:read', client_secret: secret }, basic(clientId, secret));
    expect(response).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('refuses the public client: the grant is for confidential clients only (§4.4)', async () => {
    const response = await grant(withApiScope(), { scope: 'api:read', client_id: CLIENT_ID });
    expect(response).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
  });

  it('refuses the token at userinfo and says there is no user', async () => {
    const test = withApiScope();
    const { access_token: token } = (await grant(test, { scope: 'api:read' }, basic(clientId, secret))).body as { access_token: string };
    const answer = test.provider.userinfo(`Bearer ${token}`);
    expect(answer).toMatchObject({ status: 403, body: { error: 'insufficient_scope' } });
    expect((answer.body as { error_description: string }).error_description).toMatch(/client credentials/);
  });

  it('introspects the token as the client’s own: sub is the client_id', async () => {
    const test = withApiScope();
    const { access_token: token } = (await grant(test, { scope: 'api:read' }, basic(clientId, secret))).body as { access_token: string };
    expect(introspect(test, token)).toMatchObject({ active: true, sub: clientId, client_id: clientId, scope: 'api:read' });
  });
});

describe('RFC 9068 JWT access tokens (the mock setting)', () => {
  const jwtProvider = () => testProvider({ allowedScopes: [...DEFAULT_PROVIDER_SETTINGS.allowedScopes, 'api:read'], protocols: { jwtAccessTokens: true } } as never);

  it('issues a JWT typed at+jwt with iss, exp, aud, sub, client_id, iat, jti and scope, verified by the JWKS (§2.1, §2.2)', async () => {
    const test = jwtProvider();
    const { access_token: token } = (await grant(test, { scope: 'api:read' }, basic(clientId, secret))).body as { access_token: string };
    const jwks = (await test.provider.jwks()).body as JSONWebKeySet;
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), { typ: 'at+jwt', currentDate: new Date(test.nowSeconds() * 1000) });
    expect(protectedHeader.typ).toBe('at+jwt');
    expect(payload).toMatchObject({ iss: test.provider.issuerIdentifier(), aud: test.provider.issuerIdentifier(), sub: clientId, client_id: clientId, scope: 'api:read' });
    expect(typeof payload.jti).toBe('string');
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload).not.toHaveProperty('auth_time');
  });

  it('is still a live token at introspection', async () => {
    const test = jwtProvider();
    const { access_token: token } = (await grant(test, { scope: 'api:read' }, basic(clientId, secret))).body as { access_token: string };
    expect(introspect(test, token)).toMatchObject({ active: true });
  });
});

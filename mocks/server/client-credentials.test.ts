import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './start-server';
import { startTestServer } from './test-server';

/**
 * The server's confidential client (RFC 6749 §4.4), registered by --service-client, driven by
 * openid-client as another team's service would: the same rules as the in-browser mock's
 * playground-service client, since the same provider answers.
 */
const SECRET = 'a-secret-for-the-test';
let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer(['--service-client', `reports:${SECRET}`, '--allowed-scopes', 'openid profile email api:read']);
});
afterAll(() => server.close());

const asService = (auth: client.ClientAuth, clientId = 'reports') =>
  client.discovery(new URL(server.issuer), clientId, undefined, auth, { execute: [client.allowInsecureRequests] });

describe('client credentials at the mock server (RFC 6749 §4.4)', () => {
  it('grants the requested scopes that are not about a user, with no id_token, under client_secret_basic', async () => {
    const tokens = await client.clientCredentialsGrant(await asService(client.ClientSecretBasic(SECRET)), { scope: 'openid email api:read' });
    expect(tokens.scope).toBe('api:read');
    expect(tokens.id_token).toBeUndefined();
    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.token_type).toBe('bearer');
    // OIDC Core §5.3: userinfo returns a user's claims; this token stands for no user.
    const userinfo = await fetch(`${server.issuer}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.status).toBe(403);
    expect(userinfo.headers.get('WWW-Authenticate')).toContain('insufficient_scope');
    expect(await userinfo.json()).toMatchObject({ error: 'insufficient_scope' });
  });

  it('takes the secret in the body too (client_secret_post)', async () => {
    const tokens = await client.clientCredentialsGrant(await asService(client.ClientSecretPost(SECRET)), { scope: 'api:read' });
    expect(tokens.scope).toBe('api:read');
  });

  it('refuses a wrong secret with 401 invalid_client, and the public client with unauthorized_client', async () => {
    // openid-client reads the 401's WWW-Authenticate challenge (RFC 6749 §5.2) into its error.
    await expect(client.clientCredentialsGrant(await asService(client.ClientSecretBasic('not-it')), { scope: 'api:read' })).rejects.toMatchObject({ status: 401 });
    const wrong = await fetch(`${server.issuer}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'reports', client_secret: 'not-it' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });
    await expect(client.clientCredentialsGrant(await asService(client.None(), 'playground'), { scope: 'api:read' })).rejects.toMatchObject({ error: 'unauthorized_client' });
  });

  it('never hands the secret back: not in the recorded requests, not in the control API', async () => {
    await client.clientCredentialsGrant(await asService(client.ClientSecretPost(SECRET)), { scope: 'api:read' });
    const recorded = await (await fetch(`${server.controlUrl}/requests`)).text();
    const snapshot = await (await fetch(`${server.controlUrl}`)).text();
    expect(recorded).toContain('client_secret');
    expect(recorded).not.toContain(SECRET);
    expect(snapshot).not.toContain(SECRET);
  });
});

import { decodeJwt } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PREPARED_USERS } from '../../src/domain/mock/prepared-users';
import type { RecordedRequest } from './recorded-requests';
import type { RunningServer } from './start-server';
import { authorizationUrl, discover, signInAs, startTestServer } from './test-server';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  await control('POST', '/reset');
});

async function control(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.controlUrl}${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } } : {}),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Authorize with no hint: the page, unless something signs in without it. */
async function authorizeWithoutHint(config: client.Configuration) {
  const started = await authorizationUrl(config);
  return { response: await fetch(started.url, { redirect: 'manual' }), checks: started.checks };
}

describe('the control API', () => {
  it('signs the next sign-in in as the user it names, once, without the login page', async () => {
    const config = await discover(server);
    expect((await control('PUT', '/next-user', { user: 'custom-attributes' })).status).toBe(200);

    const armed = await authorizeWithoutHint(config);
    const tokens = await client.authorizationCodeGrant(config, new URL(armed.response.headers.get('Location')!), armed.checks);
    const after = await authorizeWithoutHint(config);

    expect(tokens.claims()!.sub).toBe(PREPARED_USERS.find((u) => u.name === 'custom-attributes')!.profile.uuid);
    expect(after.response.status).toBe(200);
  });

  it('changes the behaviour profile and token policy at run time', async () => {
    const config = await discover(server);
    const before = await signInAs(config, 'full');
    expect(before.tokens.claims()!.email).toBeUndefined();

    await control('PUT', '/settings', { behaviour: 'next-identity', allowedScopes: ['openid', 'email'] });
    const after = await signInAs(config, 'full');

    // Next Identity puts scope claims in the id_token too; the policy no longer grants profile.
    expect(after.tokens.claims()!.email).toBe('karim.nafir@mail.com');
    expect(after.tokens.scope).toBe('openid email');
  });

  it('arms a fault, which fires once', async () => {
    const config = await discover(server);
    await control('PUT', '/faults', { tokenInvalidGrant: true });

    await expect(signInAs(config, 'full')).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(signInAs(config, 'full')).resolves.toBeDefined();
  });

  it('fixes the clock the tokens are issued at', async () => {
    const config = await discover(server);
    await control('PUT', '/clock', { clock: '2026-01-15T09:30:00Z' });
    const { url, checks } = await authorizationUrl(config, { login_hint: 'full' });
    const code = new URL((await fetch(url, { redirect: 'manual' })).headers.get('Location')!).searchParams.get('code')!;

    // openid-client would refuse a token issued "in the past" by its own clock: exchange by hand and read iat.
    const response = await fetch(`${server.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: url.searchParams.get('redirect_uri')!, client_id: 'playground', code_verifier: checks.pkceCodeVerifier }),
    });
    const { id_token } = (await response.json()) as { id_token: string };

    expect(decodeJwt(id_token).iat).toBe(Date.parse('2026-01-15T09:30:00Z') / 1000);
  });

  it('reads back what the provider received, with credentials withheld', async () => {
    const config = await discover(server);
    await signInAs(config, 'full', { claims: JSON.stringify({ userinfo: { gender: null } }) });

    const { json } = await control('GET', '/requests');
    const requests = json.requests as RecordedRequest[];
    const authorize = requests.find((r) => r.path === '/authorize')!;
    const token = requests.find((r) => r.path === '/token')!;

    expect(authorize.query.claims).toBe('{"userinfo":{"gender":null}}');
    expect(token.form.grant_type).toBe('authorization_code');
    expect(token.form.code_verifier).toMatch(/^\(withheld, 43 characters\)$/);
  });

  it('adds users and makes one the default', async () => {
    const added = await control('PUT', '/users', [{ name: 'ada', profile: { uuid: 'ada-1', givenName: 'Ada', email: 'ada@example.com' } }]);
    expect(added.json.users).toContainEqual({ name: 'ada', label: 'ada', sub: 'ada-1' });
    await control('PUT', '/settings', { user: 'ada' });
    const config = await discover(server);

    const { tokens } = await signInAs(config, 'ada@example.com');

    expect(tokens.claims()!.sub).toBe('ada-1');
    expect(((await control('GET', '/')).json.users as { name: string }[])[0]!.name).toBe('ada');
  });

  it.each([
    ['/next-user', { user: 'nobody' }, /^user must be one of full/],
    ['/settings', { behaviour: 'okta' }, /^behaviour must be/],
    ['/settings', { allowedScope: ['openid'] }, /^allowedScope is not a setting/],
    ['/settings', { loginPolicy: { customClaims: { id_token: { x: 'CompanyName' } } } }, /^loginPolicy: .*companyName/],
    ['/faults', { meltdown: true }, /^meltdown is not a fault/],
    ['/clock', { clock: 'yesterday' }, /^clock: Clock: not an ISO date/],
    ['/users', [{ name: 'bad', profile: { givenname: 'x' } }], /^\[0\]\.profile: /],
  ])('refuses a bad change to %s, naming the field, and changes nothing', async (path, body, message) => {
    const before = await control('GET', '/');

    const refused = await control('PUT', path, body);

    expect(refused.status).toBe(400);
    expect(refused.json.error_description).toMatch(message);
    expect((await control('GET', '/')).json).toEqual(before.json);
  });

  it('answers loopback clients only', async () => {
    const request = new Request(`${server.controlUrl}/next-user`, { method: 'PUT', body: JSON.stringify({ user: 'full' }) });

    const response = await server.handler.handle(request, { remoteAddress: '192.168.1.20' });

    expect(response.status).toBe(403);
    expect((await control('GET', '/')).json.nextUser).toBeNull();
  });

  it('makes a registered client push its requests (RFC 9126 §6), keeps discovery server-wide, and forgets it on reset', async () => {
    const config = await discover(server);
    const changed = await control('PUT', '/settings', { clients: { playground: { requirePushedAuthorizationRequests: true } } });
    expect(changed.json.settings).toMatchObject({ protocols: { clients: { playground: { requirePushedAuthorizationRequests: true } } } });
    const refused = await authorizeWithoutHint(config);
    expect(new URL(refused.response.headers.get('Location')!).searchParams.get('error')).toBe('invalid_request');
    const discovery = (await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery.require_pushed_authorization_requests).toBe(false);

    await control('POST', '/reset');
    expect((await authorizeWithoutHint(config)).response.status).toBe(200);
  });

  it('names what is wrong with a client change and changes nothing', async () => {
    expect((await control('PUT', '/settings', { clients: { playground: { requirePar: true } } })).json.error_description).toBe(
      'clients.playground.requirePar is not client metadata; use requirePushedAuthorizationRequests, jwks.',
    );
    expect((await control('PUT', '/settings', { clients: { playground: { jwks: { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] } } } })).json.error_description).toBe(
      'clients.playground.jwks.keys[0] holds private key material; register the public key only.',
    );
    expect((await control('GET', '/')).json.settings).not.toHaveProperty(['protocols', 'clients', 'playground', 'requestObjectJwks']);
  });
});

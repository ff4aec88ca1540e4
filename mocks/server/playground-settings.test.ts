import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SERVER_SETTINGS_KEY, readLocalServerSettings } from '../../src/domain/flow/local-server-settings';
import { PREPARED_USERS } from '../../src/domain/mock/prepared-users';
import type { RunningServer } from './start-server';
import { startTestServer } from './test-server';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer(['--profile', 'oidc-core', '--allowed-scopes', 'openid profile', '--login-policy', '{"customClaims": {"id_token": {"company": "companyName"}}}']);
});
afterAll(() => server.close());

/** What the playground reads at launch to explain a run against the server as a mock run. */
describe('the playground settings endpoint', () => {
  it('is named in discovery, and says the policy, behaviour and users the server runs with, as the playground parses them', async () => {
    const discovery = (await (await fetch(`${server.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    const endpoint = discovery[LOCAL_SERVER_SETTINGS_KEY] as string;
    expect(endpoint).toBe(`${server.issuer}/__playground/settings`);

    const response = await fetch(endpoint, { headers: { Origin: 'http://127.0.0.1:5173' } });
    const read = readLocalServerSettings(await response.json());

    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(read).toMatchObject({ outcome: 'read', settings: { behaviour: 'oidc-core', allowedScopes: ['openid', 'profile'], disallowedScopes: 'drop' } });
    if (read.outcome !== 'read') throw new Error('expected read');
    expect(read.settings.loginPolicy.customClaims.id_token).toEqual({ company: 'companyName' });
    expect(read.settings.users.map((u) => u.name)).toEqual(PREPARED_USERS.map((u) => u.name));
  });

  it('follows a change made through the control API', async () => {
    await fetch(`${server.controlUrl}/settings`, { method: 'PUT', body: JSON.stringify({ allowedScopes: ['openid'] }) });
    const read = readLocalServerSettings(await (await fetch(`${server.issuer}/__playground/settings`)).json());
    await fetch(`${server.controlUrl}/reset`, { method: 'POST' });

    expect(read).toMatchObject({ outcome: 'read', settings: { allowedScopes: ['openid'] } });
  });

  it('answers loopback clients only, changes nothing, and is not among the recorded requests', async () => {
    const remote = await server.handler.handle(new Request(`${server.issuer}/__playground/settings`), { remoteAddress: '192.168.1.20' });
    const put = await fetch(`${server.issuer}/__playground/settings`, { method: 'PUT', body: '{}' });
    const recorded = (await (await fetch(`${server.controlUrl}/requests`)).json()) as { requests: { path: string }[] };

    expect(remote.status).toBe(403);
    expect(put.status).toBe(405);
    expect(recorded.requests.map((r) => r.path)).not.toContain('/__playground/settings');
  });
});

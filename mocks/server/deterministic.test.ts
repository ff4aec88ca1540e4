import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { DETERMINISTIC_MOCK_ISSUER } from '../../src/domain/mock/mock-issuer';
import { freePort, signInAs, startTestServer } from './test-server';

/** openid-client against a server started with `metadata` (e.g. a clock skew for a fixed clock). */
function discoverWith(issuer: string, metadata: Partial<client.ClientMetadata> = {}) {
  return client.discovery(new URL(issuer), 'playground', metadata, client.None(), { execute: [client.allowInsecureRequests] });
}

/**
 * In deterministic mode the in-browser mock names itself with an origin-free identifier, which a
 * client that fetches `<issuer>/.well-known/…` and compares its `issuer` cannot accept (OIDC
 * Discovery §4.3). The server keeps its own URL as its identifier: stable, since its port is given.
 */
describe('the server in deterministic mode', () => {
  it('names itself by its own URL, so openid-client completes the code flow with a seed', async () => {
    const server = await startTestServer(['--seed', 'team-demo']);
    try {
      const config = await discoverWith(server.issuer);
      expect(config.serverMetadata().issuer).toBe(server.issuer);

      const { tokens } = await signInAs(config, 'minimal');

      expect(tokens.claims()!.iss).toBe(server.issuer);
      expect(tokens.claims()!.iss).not.toBe(DETERMINISTIC_MOCK_ISSUER);
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
      expect(userinfo.given_name).toBe('Mina');
    } finally {
      await server.close();
    }
  });

  it('with a fixed clock too, for a client told how far its clock is from the server’s', async () => {
    const clock = '2026-01-15T09:30:00Z';
    const server = await startTestServer(['--seed', 'team-demo', '--clock', clock]);
    try {
      const config = await discoverWith(server.issuer, { [client.clockSkew]: Math.round((Date.parse(clock) - Date.now()) / 1000) });

      const { tokens } = await signInAs(config, 'full');

      expect(tokens.claims()!.iat).toBe(Date.parse(clock) / 1000);
      expect(tokens.claims()!.iss).toBe(server.issuer);
    } finally {
      await server.close();
    }
  });

  it('issues the same keys and access token on the same port and seed, run after run', async () => {
    const port = String(await freePort());
    const run = async () => {
      const server = await startTestServer(['--port', port, '--seed', 'team-demo', '--clock', '2026-01-15T09:30:00Z']);
      try {
        const jwks = await (await fetch(`${server.issuer}/jwks`)).json();
        const config = await discoverWith(server.issuer, { [client.clockSkew]: Math.round((Date.parse('2026-01-15T09:30:00Z') - Date.now()) / 1000) });
        const { tokens } = await signInAs(config, 'full');
        return { jwks, accessToken: tokens.access_token, iss: tokens.claims()!.iss };
      } finally {
        await server.close();
      }
    };

    const first = await run();
    // Let the client's connection pool see the first server's sockets close before the port is reused.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await run();

    expect(second.jwks).toEqual(first.jwks);
    expect(second.accessToken).toBe(first.accessToken);
    expect(first.iss).toBe(`http://127.0.0.1:${port}`);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientLine, main } from './cli';
import { freePort } from './test-server';

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('oidc-playground-op with a bad options file', () => {
  it('prints what is wrong, naming the field, exits 2 and does not start', async () => {
    const port = await freePort();
    const file = join(mkdtempSync(join(tmpdir(), 'op-')), 'op.json');
    writeFileSync(file, JSON.stringify({ format: 'oidc-playground-request', version: 2, request: { mock: { behaviour: 'okta' } }, server: { port } }));
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));

    await main(['--config', file]);

    expect(process.exitCode).toBe(2);
    expect(errors.join('\n')).toMatch(/op\.json: request\.mock\.behaviour must be /);
    expect(await accepts(port)).toBe(false);
  });
});

describe('how the bin lists its clients at start', () => {
  it('says a client is confidential and never prints its secret', () => {
    const line = clientLine({ clientId: 'reports', secret: 'never-printed', redirectUris: [], postLogoutRedirectUris: [], grantTypes: ['client_credentials'] });
    expect(line).toBe('reports (confidential: client credentials, client_secret_basic or client_secret_post; secret not shown)');
    expect(clientLine({ clientId: 'spa', redirectUris: ['http://127.0.0.1:3000/cb'], postLogoutRedirectUris: [] })).toBe('spa (public, PKCE) → http://127.0.0.1:3000/cb');
  });
});

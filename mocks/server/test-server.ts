import { createServer } from 'node:net';
import * as client from 'openid-client';
import { readServerOptions, type ServerOptions } from './server-options';
import { startServer, type RunningServer } from './start-server';

/** Test helpers: a server on a free loopback port, and openid-client driving it as a peer client would. */
export const REDIRECT_URI = 'http://127.0.0.1:9/callback';

export async function startTestServer(args: string[] = [], change: (options: ServerOptions) => ServerOptions = (o) => o, readFile: (path: string) => string = () => ''): Promise<RunningServer> {
  // A --config test names its clients in the file: the flags' client would replace them.
  const client = args.includes('--config') ? [] : ['--redirect-uri', REDIRECT_URI];
  const read = readServerOptions(['--port', '0', ...client, ...args], readFile);
  if (read.outcome === 'invalid') throw new Error(read.message);
  return startServer(change(read.options));
}

/** A port nobody listens on now: for a test that starts the server by its own flags. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function discover(server: RunningServer, clientId = 'playground'): Promise<client.Configuration> {
  // The server is plain http on loopback; openid-client wants https unless told.
  return client.discovery(new URL(server.issuer), clientId, undefined, client.None(), { execute: [client.allowInsecureRequests] });
}

export interface Started {
  readonly url: URL;
  readonly checks: { pkceCodeVerifier: string; expectedNonce: string; expectedState: string };
}

export async function authorizationUrl(config: client.Configuration, extra: Record<string, string> = {}): Promise<Started> {
  const pkceCodeVerifier = client.randomPKCECodeVerifier();
  const expectedNonce = client.randomNonce();
  const expectedState = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile email',
    code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    nonce: expectedNonce,
    state: expectedState,
    ...extra,
  });
  return { url, checks: { pkceCodeVerifier, expectedNonce, expectedState } };
}

/** A sign-in without a page (login_hint names the user): authorize, then the code exchange. */
export async function signInAs(config: client.Configuration, user: string, extra: Record<string, string> = {}) {
  const { url, checks } = await authorizationUrl(config, { login_hint: user, ...extra });
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('Location');
  if (response.status !== 302 || !location) throw new Error(`expected a redirect, got ${response.status}: ${await response.text()}`);
  const callbackUrl = new URL(location);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, checks);
  return { callbackUrl, tokens, checks };
}

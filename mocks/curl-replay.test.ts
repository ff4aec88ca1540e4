import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import * as client from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { curlCommand, type RecordedRequest } from '../src/domain/flow/curl-command';
import { recordExchanges } from '../src/lib/http-recorder';
import { createHandlers } from './handlers';

/**
 * "Copy as curl" must replay the request as sent. curl cannot reach a provider that lives inside
 * this process (msw/node), so the command is parsed back the way a POSIX shell and curl would read
 * it, and sent with fetch.
 */
const ISSUER = 'https://op.test/mock-op';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => server.resetHandlers(...createHandlers({ issuer: ISSUER })));
afterAll(() => server.close());

/** Splits a command into words: single quotes, backslash escapes and line continuations, as in POSIX sh §2.2. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const char = command.charAt(i);
    if (char === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated single quote');
      word = (word ?? '') + command.slice(i + 1, end);
      i = end;
    } else if (char === '\\') {
      i++;
      if (command[i] !== '\n') word = (word ?? '') + command[i];
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      if (/["$`;&|<>()*?]/.test(char)) throw new Error(`unquoted shell metacharacter ${char}`);
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The request curl would send for the options curlCommand writes. */
function replayOf(command: string): { url: string; init: RequestInit } {
  const [program, ...args] = shellWords(command);
  expect(program).toBe('curl');
  let method: string | undefined;
  let url: string | undefined;
  let body: string | undefined;
  const headers = new Headers();
  expect(args[0], 'curl must not glob the recorded URL').toBe('--globoff');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--globoff') continue;
    if (arg === '-X') method = args[++i];
    else if (arg === '-H') {
      const header = args[++i] ?? '';
      headers.append(header.slice(0, header.indexOf(':')), header.slice(header.indexOf(':') + 1).trim());
    } else if (arg === '--data-raw') body = args[++i];
    else if (arg.startsWith('-')) throw new Error(`unexpected option ${arg}`);
    else url = arg;
  }
  if (!url) throw new Error('no URL');
  return { url, init: { method: method ?? (body === undefined ? 'GET' : 'POST'), headers, body } };
}

async function signedInRedirect(config: client.Configuration) {
  const pkceCodeVerifier = client.randomPKCECodeVerifier();
  const expectedState = client.randomState();
  const authorizeUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: 'https://op.test/callback',
    scope: 'openid email',
    code_challenge: await client.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
    state: expectedState,
  });
  const response = await fetch(authorizeUrl, { redirect: 'manual' });
  return { callbackUrl: new URL(response.headers.get('Location')!), checks: { pkceCodeVerifier, expectedState } };
}

/** The token request openid-client would send, captured unsent so its one-time code is still good. */
async function capturedTokenRequest(): Promise<RecordedRequest> {
  const config = await client.discovery(new URL(ISSUER), 'playground', undefined, client.None());
  const { callbackUrl, checks } = await signedInRedirect(config);
  let captured: RecordedRequest | undefined;
  config[client.customFetch] = async (url, options) => {
    const request = new Request(url, options as RequestInit);
    captured = { method: request.method, url: request.url, requestHeaders: Object.fromEntries(request.headers), requestBody: await request.text() };
    throw new Error('captured, not sent');
  };
  await expect(client.authorizationCodeGrant(config, callbackUrl, checks)).rejects.toThrow();
  return captured!;
}

describe('Copy as curl, replayed against the mock under msw/node', () => {
  it('a revealed token request gets tokens; the masked one cannot redeem the code', async () => {
    const request = await capturedTokenRequest();
    expect(request.requestBody).toContain('code_verifier=');

    const masked = replayOf(curlCommand(request, { reveal: false }));
    const refused = await fetch(masked.url, masked.init);
    expect(refused.status).toBe(400);

    const revealed = replayOf(curlCommand(request, { reveal: true }));
    expect(revealed.init.method).toBe('POST');
    const response = await fetch(revealed.url, revealed.init);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String), id_token: expect.any(String), scope: 'openid email' });
  });

  it('a recorded userinfo request, replayed, gets the same claims', async () => {
    const request = await capturedTokenRequest();
    const { url, init } = replayOf(curlCommand(request, { reveal: true }));
    const tokens = (await (await fetch(url, init)).json()) as { access_token: string };

    const recorded = await recordExchanges(() => fetch(`${ISSUER}/userinfo`, { headers: { Authorization: `Bearer ${tokens.access_token}` } }).then((r) => r.json()));
    if (!('result' in recorded)) throw recorded.error;
    const replay = replayOf(curlCommand(recorded.exchanges[0]!, { reveal: true }));

    expect(replay.init.method).toBe('GET');
    expect(await (await fetch(replay.url, replay.init)).json()).toEqual(recorded.result);
    expect(recorded.result).toMatchObject({ email: expect.any(String) });
  });
});

describe('Copy as curl, run by a real curl', () => {
  // Skipped only where no curl is installed: the command is meant for a person's own shell.
  it.skipIf(!existsSync('/usr/bin/curl'))('sends a URL holding {a,b} and [1-3] once, not once per glob expansion', async () => {
    const seen: string[] = [];
    const server = createServer((request, response) => {
      seen.push(request.url ?? '');
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const request = { method: 'GET', url: `http://127.0.0.1:${port}/api/{a,b}/[1-3]`, requestHeaders: { authorization: 'Bearer rb5bzkygqs5ahevp' }, requestBody: undefined };
      const command = `${curlCommand(request, { reveal: true })} --silent --output /dev/null`;
      await new Promise<void>((resolve, reject) => execFile('sh', ['-c', command], { timeout: 10_000 }, (error) => (error ? reject(error) : resolve())));
    } finally {
      server.close();
    }
    expect(seen).toEqual(['/api/{a,b}/[1-3]']);
  });
});

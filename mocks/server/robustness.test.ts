import { connect } from 'node:net';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './start-server';
import { MAX_BODY_BYTES } from './start-server';
import { authorizationUrl, discover, REDIRECT_URI, startTestServer } from './test-server';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const CLIENTS = 10;
const SIGN_INS_PER_CLIENT = 10;

/** One browser: its own cookie jar and its own user, signing in again and again. */
async function browserRun(config: client.Configuration, index: number) {
  const name = `load-${index}`;
  const sub = `load-user-${index}`;
  let cookie = '';
  const seen: { sub: string; code: string; accessToken: string; userinfoSub: string; ms: number }[] = [];
  for (let round = 0; round < SIGN_INS_PER_CLIENT; round++) {
    const started = performance.now();
    const { url, checks } = await authorizationUrl(config);
    let response = await fetch(url, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
    cookie ||= response.headers.get('Set-Cookie')!.split(';')[0]!;
    // The first round goes through the login page as a person would; later ones ride the browser's SSO session.
    if (response.status === 200) {
      response = await fetch(`${server.issuer}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: url.searchParams.toString(), user: name, decision: 'approve' }),
      });
    }
    const callback = new URL(response.headers.get('Location')!);
    const tokens = await client.authorizationCodeGrant(config, callback, checks);
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, client.skipSubjectCheck);
    seen.push({ sub: tokens.claims()!.sub, code: callback.searchParams.get('code')!, accessToken: tokens.access_token, userinfoSub: userinfo.sub, ms: performance.now() - started });
  }
  return { sub, seen };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe('under a test suite’s load', () => {
  it(`completes ${CLIENTS * SIGN_INS_PER_CLIENT} sign-ins from ${CLIENTS} parallel browsers with nothing crossing`, async () => {
    const users = Array.from({ length: CLIENTS }, (_, i) => ({ name: `load-${i}`, profile: { uuid: `load-user-${i}`, givenName: `Load ${i}` } }));
    await fetch(`${server.controlUrl}/users`, { method: 'PUT', body: JSON.stringify(users) });
    const config = await discover(server);

    const started = performance.now();
    const runs = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => browserRun(config, i)));
    const totalMs = performance.now() - started;

    for (const run of runs) {
      for (const sign of run.seen) {
        expect(sign.sub).toBe(run.sub);
        expect(sign.userinfoSub).toBe(run.sub);
      }
    }
    const all = runs.flatMap((r) => r.seen);
    expect(all).toHaveLength(CLIENTS * SIGN_INS_PER_CLIENT);
    expect(new Set(all.map((s) => s.code)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.accessToken)).size).toBe(all.length);
    const latencies = all.map((s) => s.ms).sort((a, b) => a - b);
    // The figures for the closing note; nothing asserts on time (a shared machine's load varies).
    console.log(
      `load: ${all.length} sign-ins (authorize [+ login page] + token + JWKS-verified id_token + userinfo) from ${CLIENTS} parallel browsers in ${Math.round(totalMs)} ms` +
        ` = ${(all.length / (totalMs / 1000)).toFixed(1)}/s; per sign-in p50 ${Math.round(percentile(latencies, 50))} ms, p95 ${Math.round(percentile(latencies, 95))} ms, max ${Math.round(latencies.at(-1)!)} ms`,
    );
  }, 120_000);
});

async function stillAnswers(): Promise<number> {
  return (await fetch(`${server.issuer}/.well-known/openid-configuration`)).status;
}

const postToken = (body: BodyInit, type = 'application/x-www-form-urlencoded') =>
  fetch(`${server.issuer}/token`, { method: 'POST', body, headers: { 'Content-Type': type } });

describe('bad input gets an OAuth error with the right status, and the server keeps answering', () => {
  it.each([
    ['an oversized body', () => postToken(`grant_type=authorization_code&code=${'x'.repeat(MAX_BODY_BYTES + 1)}`), 413, 'invalid_request'],
    ['a malformed form', () => postToken('&&&==%%&code=%E0%A4%A'), 400, 'invalid_request'],
    ['a grant type that does not decode', () => postToken('grant_type=%E0%A4%A&code=x'), 400, 'unsupported_grant_type'],
    ['a JSON body instead of a form', () => postToken('{"grant_type":"authorization_code"}', 'application/json'), 400, 'invalid_request'],
    ['an unknown grant', () => postToken('grant_type=password&username=a&password=b&client_id=playground'), 400, 'unsupported_grant_type'],
    ['a code never issued', () => postToken(`grant_type=authorization_code&code=nope&client_id=playground&redirect_uri=${REDIRECT_URI}&code_verifier=x`), 400, 'invalid_grant'],
    ['an unknown client', () => postToken('grant_type=authorization_code&code=x&client_id=evil'), 401, 'invalid_client'],
    ['an unknown access token at userinfo', () => fetch(`${server.issuer}/userinfo`, { headers: { Authorization: 'Bearer nope' } }), 401, 'invalid_token'],
  ])('%s', async (_case, send, status, error) => {
    const response = await send();

    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toBe(error);
    expect(await stillAnswers()).toBe(200);
  });

  it('refuses an oversized chunked body without a Content-Length', async () => {
    const big = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('a'.repeat(8192)));
        controller.close();
      },
    });
    const response = await fetch(`${server.issuer}/token`, { method: 'POST', body: big, duplex: 'half', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } } as RequestInit);

    expect(response.status).toBe(413);
    expect(await stillAnswers()).toBe(200);
  });

  it.each([
    ['not JSON', '{"userinfo":'],
    ['a list', '[]'],
    ['a prototype key', '{"id_token":{"__proto__":{"essential":true}},"userinfo":{"constructor":{"value":1}}}'],
    ['deep nesting', `${'{"userinfo":'.repeat(500)}null${'}'.repeat(500)}`],
    ['markup', '{"userinfo":{"<script>alert(1)</script>":null}}'],
    ['a huge value list', JSON.stringify({ userinfo: { email: { values: Array.from({ length: 1000 }, (_, i) => `a${i}`) } } })],
  ])('answers a hostile claims value (%s) without crashing', async (_case, claims) => {
    const config = await discover(server);
    const { url } = await authorizationUrl(config, { claims, login_hint: 'full' });

    const response = await fetch(url, { redirect: 'manual' });

    // Either the request is refused back to the client as invalid_request, or the provider ignores what it does not know.
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('Location')!);
    expect(location.searchParams.get('error') ?? 'code').toMatch(/^(invalid_request|code)$/);
    expect(await stillAnswers()).toBe(200);
  });

  it('answers an authorize URL too long to read with 431 and an OAuth error', async () => {
    const response = await fetch(`${server.issuer}/authorize?claims=${'a'.repeat(40_000)}`, { redirect: 'manual' });

    expect(response.status).toBe(431);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
    expect(await stillAnswers()).toBe(200);
  });

  it('survives bytes that are not HTTP', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('\x00\x01GARBAGE\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });

    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(await stillAnswers()).toBe(200);
  });

  it('closes with a connection still open', async () => {
    const extra = await startTestServer();
    const socket = connect(extra.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));

    const closing = performance.now();
    await extra.close();

    expect(performance.now() - closing).toBeLessThan(5000);
    await expect(fetch(`${extra.issuer}/jwks`)).rejects.toThrow();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { recordExchanges } from './http-recorder';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** A fetch whose answers the test hands out, in any order it likes. */
function heldFetch() {
  const answers = new Map<string, { promise: Promise<Response>; resolve: (response: Response) => void }>();
  const answerTo = (url: string) => {
    let answer = answers.get(url);
    if (!answer) {
      let resolve: (response: Response) => void = () => undefined;
      const promise = new Promise<Response>((r) => (resolve = r));
      answer = { promise, resolve };
      answers.set(url, answer);
    }
    return answer;
  };
  globalThis.fetch = (input) => answerTo(String(input)).promise;
  return (url: string, body: string) => answerTo(url).resolve(new Response(body, { status: 200 }));
}

describe('recordExchanges', () => {
  it('lists calls made in parallel in the order they were sent, whichever answers first', async () => {
    const reply = heldFetch();

    const recorded = await recordExchanges(async () => {
      const both = Promise.all([fetch('https://op.example/userinfo'), fetch('https://op.example/jwks')]);
      reply('https://op.example/jwks', '{"keys":[]}');
      reply('https://op.example/userinfo', '{"sub":"a"}');
      await both;
    });

    expect(recorded.exchanges.map((e) => [e.url, e.responseText])).toEqual([
      ['https://op.example/userinfo', '{"sub":"a"}'],
      ['https://op.example/jwks', '{"keys":[]}'],
    ]);
  });

  it('tells onSend of each call as it goes out, before any answer', async () => {
    const reply = heldFetch();
    const sent: string[] = [];

    await recordExchanges(
      async () => {
        const call = fetch('https://op.example/userinfo');
        expect(sent).toEqual(['https://op.example/userinfo']);
        reply('https://op.example/userinfo', '{"sub":"a"}');
        await call;
      },
      { onSend: (url) => sent.push(url) },
    );

    expect(sent).toEqual(['https://op.example/userinfo']);
  });
});

describe('recordExchanges through the dev server’s local proxy', () => {
  const discovery = { token_endpoint: 'https://op.example/token', userinfo_endpoint: 'https://op.example/userinfo' };

  it('sends only the discovery document’s proxied endpoints to the proxy, marked, and records the provider’s URL', async () => {
    const sent: { url: string; headers: Headers; body: string | undefined }[] = [];
    globalThis.fetch = async (input, init) => {
      const request = new Request(new URL(String(input), 'http://127.0.0.1:5173'), init);
      sent.push({ url: request.url, headers: request.headers, body: request.method === 'GET' ? undefined : await request.text() });
      return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
    };

    const recorded = await recordExchanges(
      async () => {
        await fetch('https://op.example/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code' }) });
        await fetch('https://op.example/jwks');
      },
      { proxy: { issuer: 'https://op.example', discovery, basePath: '/' } },
    );

    expect(sent[0]?.url).toBe(`http://127.0.0.1:5173/__playground-proxy/forward?issuer=${encodeURIComponent('https://op.example')}&target=${encodeURIComponent('https://op.example/token')}`);
    expect(sent[0]?.headers.get('x-playground-proxy')).toBe('1');
    expect(sent[0]?.body).toBe('grant_type=authorization_code');
    // The JWKS is not one of the four: the browser fetches it itself.
    expect(sent[1]?.url).toBe('https://op.example/jwks');
    expect(recorded.exchanges.map((e) => [e.url, e.viaProxy])).toEqual([
      ['https://op.example/token', true],
      ['https://op.example/jwks', undefined],
    ]);
  });

  it('sends nothing to the proxy without the opt-in', async () => {
    const urls: string[] = [];
    globalThis.fetch = async (input) => {
      urls.push(String(input));
      return new Response('{}', { status: 200 });
    };
    const recorded = await recordExchanges(async () => {
      await fetch('https://op.example/token', { method: 'POST', body: 'a=b' });
    });
    expect(urls).toEqual(['https://op.example/token']);
    expect(recorded.exchanges[0]?.viaProxy).toBeUndefined();
  });
});

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

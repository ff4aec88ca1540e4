import { afterEach, describe, expect, it, vi } from 'vitest';
import { devProxyUrl } from '../src/domain/provider/dev-proxy';
import { devProxyPlugin } from './dev-proxy-plugin';

type Middleware = (request: unknown, response: unknown, next: () => void) => void;

/** The plugin's middleware, as Vite's dev server would mount it at the root. */
function proxyMiddleware(): Middleware {
  let mounted: Middleware | undefined;
  const hook = devProxyPlugin().configureServer as (server: unknown) => void;
  hook({ config: { base: '/' }, middlewares: { use: (fn: Middleware) => (mounted = fn) } });
  if (!mounted) throw new Error('the plugin mounted no middleware');
  return mounted;
}

/** Sends one request from the playground's own page on this machine; resolves with the status and the JSON body. */
function call(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve) => {
    let status = 0;
    const request = {
      url,
      method: 'POST',
      headers: { host: '127.0.0.1:5173', 'x-playground-proxy': '1', 'content-type': 'application/x-www-form-urlencoded' },
      socket: { remoteAddress: '127.0.0.1' },
      async *[Symbol.asyncIterator]() {
        yield Buffer.from('grant_type=authorization_code');
      },
    };
    const response = {
      headersSent: false,
      writeHead: (code: number) => (status = code),
      end: (body: Buffer | string) => resolve({ status, body: JSON.parse(body.toString()) as Record<string, unknown> }),
    };
    proxyMiddleware()(request, response, () => resolve({ status: 404, body: {} }));
  });
}

const ISSUER = 'https://login.example.com';
const DISCOVERY = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/authorize`,
  token_endpoint: 'https://api.example.net/oauth/token',
  jwks_uri: `${ISSUER}/jwks`,
};

describe('the dev-server proxy, as mounted by Vite', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks the issuer against the URL rule before it fetches anything', async () => {
    const fetched = vi.fn();
    vi.stubGlobal('fetch', fetched);

    const answer = await call(devProxyUrl('/', 'http://intranet.example', 'http://intranet.example/token'));

    expect(answer).toMatchObject({ status: 403, body: { reason: 'issuer-url' } });
    expect(fetched).not.toHaveBeenCalled();
  });

  it('forwards to an endpoint on another host only when the page says the person confirmed that host', async () => {
    const fetched = vi.fn(async (url: string) =>
      url.endsWith('/.well-known/openid-configuration') ? Response.json(DISCOVERY) : Response.json({ access_token: 'at' }),
    );
    vi.stubGlobal('fetch', fetched);

    const refused = await call(devProxyUrl('/', ISSUER, DISCOVERY.token_endpoint));
    expect(refused).toMatchObject({ status: 403, body: { reason: 'unconfirmed-host' } });
    expect(fetched.mock.calls.map(([url]) => url)).toEqual([`${ISSUER}/.well-known/openid-configuration`]);

    fetched.mockClear();
    const forwarded = await call(devProxyUrl('/', ISSUER, DISCOVERY.token_endpoint, ['api.example.net']));
    expect(forwarded).toEqual({ status: 200, body: { access_token: 'at' } });
    expect(fetched.mock.calls.map(([url]) => url)).toEqual([`${ISSUER}/.well-known/openid-configuration`, DISCOVERY.token_endpoint]);
  });
});

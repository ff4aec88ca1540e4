import { http, HttpResponse, type RequestHandler } from 'msw';
import { createProvider, type MockProvider } from './provider/provider';
import type { ProviderResponse } from './provider/oauth-error';
import { memoryStore } from './provider/store';

export interface HandlerOptions {
  /** Issuer identifier; endpoints live under it. */
  readonly issuer: string;
  /** A provider built by the caller (the browser passes one over web storage); in memory otherwise. */
  readonly provider?: MockProvider;
}

/** HTTP in, provider function, HTTP out. The same list runs in the service worker and under msw/node. */
export function createHandlers({ issuer, provider = createProvider({ issuer, store: memoryStore() }) }: HandlerOptions): RequestHandler[] {
  return [
    http.get(`${issuer}/.well-known/openid-configuration`, () => reply(provider.discovery())),
    http.get(`${issuer}/jwks`, async () => reply(await provider.jwks())),
    http.post(`${issuer}/token`, async ({ request }) => reply(await provider.token(await formOf(request)))),
    http.get(`${issuer}/userinfo`, ({ request }) => reply(provider.userinfo(request.headers.get('Authorization')))),
    http.post(`${issuer}/userinfo`, async ({ request }) =>
      reply(provider.userinfo(request.headers.get('Authorization'), await formOf(request))),
    ),
    // Browsers navigate to the authorize endpoint, which service workers do not intercept: the app
    // serves that page. An HTTP client (openid-client under Node) gets here and the default user
    // signs in at once.
    http.get(`${issuer}/authorize`, ({ request }) => {
      const result = provider.approve(new URL(request.url).searchParams);
      switch (result.outcome) {
        case 'approved':
        case 'redirect-error':
          return new HttpResponse(null, { status: 302, headers: { Location: result.location } });
        case 'error-page':
          return HttpResponse.json({ error: result.error, error_description: result.description }, { status: 400 });
        case 'login':
          return HttpResponse.json({ error: 'server_error' }, { status: 500 });
      }
    }),
  ];
}

function reply(response: ProviderResponse): Response {
  return HttpResponse.json(response.body as Record<string, unknown>, { status: response.status, headers: response.headers });
}

async function formOf(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get('Content-Type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(await request.text());
}

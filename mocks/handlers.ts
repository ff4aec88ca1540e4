import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { createProvider, type MockProvider } from './provider/provider';
import { MOCK_INTERNAL_SERVER_ERROR, MOCK_STORAGE_SERVER_ERROR } from '../src/domain/messages';
import { NO_STORE, oauthError, type ProviderResponse } from './provider/provider-response';
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
    http.get(`${issuer}/.well-known/openid-configuration`, () => answer(() => provider.discovery())),
    http.get(`${issuer}/jwks`, async () => answer(() => provider.jwks())),
    http.post(`${issuer}/token`, async ({ request }) => {
      const form = await formOf(request);
      return answer(() => provider.token(form, request.headers.get('Authorization'), dpopOf(request)));
    }),
    http.get(`${issuer}/userinfo`, ({ request }) => answer(() => provider.protectedUserinfo(request.headers.get('Authorization'), undefined, dpopOf(request)))),
    http.post(`${issuer}/userinfo`, async ({ request }) =>
      answer(async () => provider.protectedUserinfo(request.headers.get('Authorization'), await formOf(request), dpopOf(request))),
    ),
    http.post(`${issuer}/par`, async ({ request }) => answer(async () => provider.pushRequest(await formOf(request), request.headers.get('Authorization')))),
    http.post(`${issuer}/introspect`, async ({ request }) => answer(async () => provider.introspect(await formOf(request)))),
    http.post(`${issuer}/revoke`, async ({ request }) => answer(async () => provider.revoke(await formOf(request)))),
    // Browsers navigate to the authorize and end-session endpoints, which service workers do not
    // intercept: the app serves those pages. An HTTP client (openid-client under Node) gets here,
    // where the default user signs in at once (or the existing session continues).
    http.get(`${issuer}/authorize`, async ({ request }) => {
      // RFC 9101 §6.3: a request object's parameters, once verified, are the request.
      const read = await provider.readRequestObject(new URL(request.url).searchParams);
      if (read.outcome === 'error-page') return HttpResponse.json({ error: read.error, error_description: read.description }, { status: 400 });
      const result = provider.continueSession(read.params);
      if (result.outcome === 'error-page') return HttpResponse.json({ error: result.error, error_description: result.description }, { status: 400 });
      return new HttpResponse(null, { status: 302, headers: { Location: result.location } });
    }),
    // Without a valid id_token_hint the browser gets the confirmation page (a 200 here, as a
    // certified provider answers with its form); POST is the end-user's "yes".
    http.get(`${issuer}/end-session`, async ({ request }) => endSessionReply(await provider.endSession(new URL(request.url).searchParams))),
    http.post(`${issuer}/end-session`, async ({ request }) => endSessionReply(await provider.confirmEndSession(await formOf(request)))),
  ];
}

function endSessionReply(result: Awaited<ReturnType<MockProvider['endSession']>>): Response {
  if (result.outcome === 'error-page') return HttpResponse.json({ error: result.error, error_description: result.description }, { status: 400 });
  if (result.outcome === 'confirm') return HttpResponse.json({ confirmation_required: true });
  if (result.location) return new HttpResponse(null, { status: 302, headers: { Location: result.location } });
  return HttpResponse.json({ signed_out: true });
}

/**
 * The provider's answer, or an OAuth server_error when it fails inside (RFC 6749 §5.2): a sentence
 * for the developer, never the exception and its stack. A DOMException is web storage failing
 * (full, or refusing writes). https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
async function answer(run: () => ProviderResponse | Promise<ProviderResponse>): Promise<Response> {
  let response: ProviderResponse;
  try {
    response = await run();
  } catch (error) {
    const description = typeof DOMException !== 'undefined' && error instanceof DOMException ? MOCK_STORAGE_SERVER_ERROR : MOCK_INTERNAL_SERVER_ERROR;
    response = oauthError(500, 'server_error', description, NO_STORE);
  }
  return reply(response);
}

async function reply(response: ProviderResponse): Promise<Response> {
  if (response.delayMs) await delay(response.delayMs);
  if (response.body === null) return new HttpResponse(null, { status: response.status, headers: response.headers });
  return HttpResponse.json(response.body as Record<string, unknown>, { status: response.status, headers: response.headers });
}

/** RFC 9449 §4.1: the proof travels in the DPoP header; it is checked against this method and URL. */
function dpopOf(request: Request) {
  return { proof: request.headers.get('DPoP'), method: request.method, url: request.url };
}

async function formOf(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get('Content-Type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(await request.text());
}

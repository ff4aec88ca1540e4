import { checkProviderUrl } from '../domain/provider/provider-url';
import { CancelledCallError, openCall } from '../state/calls-in-flight-store';
import { pauseBefore } from '../state/step-through-store';
import { noteCallSent } from '../state/run-so-far-store';
import type { HttpExchange } from '../domain/flow/http-exchange';
import { withholdClientCredentials } from '../domain/flow/mask-secrets';
import { DEV_PROXY_HEADER, devProxyUrl, proxiedEndpointOf, type DevProxyRoute } from '../domain/provider/dev-proxy';

/** A call the playground refused to make or to use; its message says why. */
export class RefusedCallError extends Error {}

/**
 * Runs `work` while recording every fetch it makes. oidc-client-ts reshapes what it receives
 * (it fills in a missing `scope`, merges userinfo into the profile), so the raw bodies come from
 * here instead. Exchanges are listed in the order they were sent, so calls made in parallel keep
 * their order in the sequence diagram whichever answers first. `onSend` hears of each call as it
 * goes out, so a caller can send another beside it without waiting for `work`'s own steps.
 */
export async function recordExchanges<T>(
  work: () => Promise<T>,
  { onSend, proxy, live }: { onSend?: (url: string) => void; proxy?: DevProxyRoute; live?: boolean } = {},
): Promise<{ result: T; exchanges: HttpExchange[] } | { error: unknown; exchanges: HttpExchange[] }> {
  const exchanges: HttpExchange[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const slot = exchanges.length;
    const noAnswer = { responseHeaders: {}, status: undefined, responseText: undefined, failure: undefined };
    // Holds the call's place in the order of sending until its answer is in.
    exchanges.push({ method: request.method, url: request.url, requestHeaders: {}, requestBody: undefined, ...noAnswer });
    // A client secret is sent but never recorded: it lives only in this tab's memory.
    const sent = withholdClientCredentials({
      method: request.method,
      url: request.url,
      requestHeaders: Object.fromEntries(request.headers),
      requestBody: request.method === 'GET' ? undefined : await request.clone().text(),
    });
    // Second line behind discovery parsing: nothing the flow fetches may break the URL rule.
    const rule = checkProviderUrl(request.url, 'request URL', { trustedOrigin: globalThis.location?.origin });
    if (rule.outcome === 'refused') {
      exchanges[slot] = { ...sent, ...noAnswer, refusal: rule.message };
      throw new RefusedCallError(rule.message);
    }
    // Opted in to the dev server's proxy: the four calls it may forward for this issuer go through it;
    // the record keeps the provider's URL and says the call went via the local proxy.
    const proxied = proxy !== undefined && proxiedEndpointOf(proxy.discovery, request.url) !== undefined;
    let response: Response;
    // Step-through: the person sees the request (masked where shown) before it leaves.
    await pauseBefore({ kind: 'call', method: sent.method, url: sent.url, headers: sent.requestHeaders, body: sent.requestBody });
    // Told once the call really leaves: a call sent beside it (the JWKS beside userinfo) then pauses after it.
    onSend?.(request.url);
    // A sign-in in progress shows its calls as they go (step-through's diagram, the presenter's caption).
    const answered = live ? noteCallSent({ ...sent, ...noAnswer }) : undefined;
    // Open for the status line, which names a wait over 300 ms and lets the person cancel it.
    const inFlight = openCall({ method: request.method, url: request.url, body: sent.requestBody, sentAt: Date.now() });
    try {
      const answer = proxied ? original(...viaDevProxy(proxy, request, sent.requestBody)) : original(input, init);
      response = await Promise.race([answer, inFlight.cancelled]);
    } catch (error) {
      const cancelled = error instanceof CancelledCallError ? { cancelledAfterMs: error.elapsedMs } : {};
      exchanges[slot] = { ...sent, ...noAnswer, failure: String(error), ...cancelled, ...(proxied ? { viaProxy: true } : {}) };
      answered?.(exchanges[slot]);
      throw error;
    } finally {
      inFlight.done();
    }
    const received = {
      ...sent,
      ...(proxied ? { viaProxy: true } : {}),
      responseHeaders: Object.fromEntries(response.headers),
      status: response.status,
      responseText: await response.clone().text(),
      failure: undefined,
    };
    const refusal = crossOriginRedirect(request.url, response);
    const exchange = refusal ? { ...received, refusal } : received;
    exchanges[slot] = exchange;
    answered?.(exchange);
    if (refusal) throw new RefusedCallError(refusal);
    return response;
  };
  try {
    return { result: await work(), exchanges };
  } catch (error) {
    return { error, exchanges };
  } finally {
    globalThis.fetch = original;
  }
}

/** The same call, sent to the local proxy instead: same method, headers and body, plus its marker header. */
function viaDevProxy(route: DevProxyRoute, request: Request, body: string | undefined): [string, RequestInit] {
  const headers = new Headers(request.headers);
  headers.set(DEV_PROXY_HEADER, '1');
  return [devProxyUrl(route.basePath, route.issuer, request.url, route.confirmedHosts), { method: request.method, headers, body, credentials: 'omit' }];
}

/**
 * A provider endpoint that answers with a redirect to another origin is not followed for the flow:
 * a token or userinfo answer must come from the endpoint the discovery document named
 * (RFC 9700 §4.11, https://www.rfc-editor.org/rfc/rfc9700#section-4.11, open redirection).
 * fetch() has already followed it (without credentials); its answer is refused here.
 */
function crossOriginRedirect(requested: string, response: Response): string | undefined {
  if (!response.redirected || !response.url) return undefined;
  const from = new URL(requested).origin;
  const to = new URL(response.url).origin;
  if (from === to) return undefined;
  return `${requested} answered with a redirect to another origin (${to}). The playground does not use answers from an origin other than the endpoint's, so the call was refused. Check the endpoint in the provider's discovery document.`;
}

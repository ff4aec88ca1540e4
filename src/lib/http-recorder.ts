/** One HTTP call to the provider, as it went over the wire. Kept in the page only. */
export interface HttpExchange {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string | undefined;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly status: number | undefined;
  readonly responseText: string | undefined;
  /** A network failure (including a browser blocking a cross-origin call). */
  readonly failure: string | undefined;
}

/**
 * Runs `work` while recording every fetch it makes. oidc-client-ts reshapes what it receives
 * (it fills in a missing `scope`, merges userinfo into the profile), so the raw bodies come from
 * here instead.
 */
export async function recordExchanges<T>(work: () => Promise<T>): Promise<{ result: T; exchanges: HttpExchange[] } | { error: unknown; exchanges: HttpExchange[] }> {
  const exchanges: HttpExchange[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const sent = {
      method: request.method,
      url: request.url,
      requestHeaders: Object.fromEntries(request.headers),
      requestBody: request.method === 'GET' ? undefined : await request.clone().text(),
    };
    try {
      const response = await original(input, init);
      exchanges.push({
        ...sent,
        responseHeaders: Object.fromEntries(response.headers),
        status: response.status,
        responseText: await response.clone().text(),
        failure: undefined,
      });
      return response;
    } catch (error) {
      exchanges.push({ ...sent, responseHeaders: {}, status: undefined, responseText: undefined, failure: String(error) });
      throw error;
    }
  };
  try {
    return { result: await work(), exchanges };
  } catch (error) {
    return { error, exchanges };
  } finally {
    globalThis.fetch = original;
  }
}

export function parseJsonBody(exchange: HttpExchange | undefined): unknown {
  if (!exchange?.responseText) return undefined;
  try {
    return JSON.parse(exchange.responseText);
  } catch {
    return undefined;
  }
}

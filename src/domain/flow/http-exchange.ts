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
  /** Set when the playground itself refused the call or its answer (URL rule, cross-origin redirect). */
  readonly refusal?: string;
  /** Sent through the dev server's local proxy (opt-in; src/domain/provider/dev-proxy.ts), not by the browser to the provider. */
  readonly viaProxy?: boolean;
  /** The person cancelled the wait for an answer from the status line, after this long. */
  readonly cancelledAfterMs?: number;
}

/** The body of a recorded answer as JSON, or undefined when it is absent or not JSON. */
export function parseJsonBody(exchange: HttpExchange | undefined): unknown {
  if (!exchange?.responseText) return undefined;
  try {
    return JSON.parse(exchange.responseText);
  } catch {
    return undefined;
  }
}

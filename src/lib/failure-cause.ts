import type { FetchFailureCause } from '../domain/explain/explain-fetch-failure';

/**
 * After a fetch failed without an answer: was it CORS or the network? A `no-cors` request is never
 * refused for CORS (its answer is opaque), so if it gets an answer the server is up and the first
 * call was refused by the browser for lack of Access-Control-Allow-Origin.
 */
export async function failureCause(url: string): Promise<FetchFailureCause> {
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
    return 'cors';
  } catch {
    return 'unreachable';
  }
}

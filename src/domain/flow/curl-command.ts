import { maskHeader, maskJson, maskParameters, maskUrl } from './mask-secrets';

/** The request half of a recorded HTTP exchange (src/lib/http-recorder.ts HttpExchange fits). */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string | undefined;
}

export interface CurlOptions {
  /** Show credentials as sent; otherwise they are masked and the command will not replay. */
  readonly reveal: boolean;
}

/**
 * A curl command that repeats a recorded request exactly as sent, once: method, URL (never globbed),
 * every header and the raw body (`--data-raw`, so a leading `@` is never read as a file name). Every argument is
 * single-quoted for POSIX shells; a single quote inside becomes `'\''` (POSIX.1 §2.2.2 allows no
 * escape inside single quotes).
 */
export function curlCommand(request: RecordedRequest, options: CurlOptions): string {
  const shown = options.reveal ? request : maskRequest(request);
  const implied = shown.method === 'GET' || (shown.method === 'POST' && Boolean(shown.requestBody));
  // --globoff: curl reads {a,b} and [1-3] in a URL as globs and sends one request per expansion,
  // each with the same bearer token; a recorded URL is replayed as one request, as sent.
  const parts = [['curl', '--globoff', ...(implied ? [] : [`-X ${shellQuote(shown.method)}`]), shellQuote(shown.url)].join(' ')];
  for (const [name, value] of Object.entries(shown.requestHeaders)) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (shown.requestBody !== undefined && shown.requestBody !== '') parts.push(`--data-raw ${shellQuote(shown.requestBody)}`);
  return parts.join(' \\\n  ');
}

export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The same request with every credential masked by the one rule of mask-secrets.ts: in the query,
 * a form or JSON body (kept compact, as sent), and the Authorization header.
 */
export function maskRequest(request: RecordedRequest): RecordedRequest {
  const headers = Object.fromEntries(Object.entries(request.requestHeaders).map(([name, value]) => [name, maskHeader(name, value)]));
  return { method: request.method, url: maskUrl(request.url), requestHeaders: headers, requestBody: request.requestBody === undefined ? undefined : maskRequestBody(request.requestBody) };
}

function maskRequestBody(body: string): string {
  if (/^\s*[{[]/.test(body)) {
    try {
      return JSON.stringify(maskJson(JSON.parse(body)));
    } catch {
      return body;
    }
  }
  return maskParameters(body);
}

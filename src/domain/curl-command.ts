import { maskValue } from './mask-secrets';

/** The request half of a recorded HTTP exchange (src/lib/http-recorder.ts HttpExchange fits). */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: string | undefined;
}

/**
 * Parameter and member names whose values are credentials (RFC 6749 §4.1.3, §6; RFC 7636 §4.5;
 * RFC 7662 §2.1; OIDC RP-Initiated Logout §2).
 */
const CREDENTIAL_NAMES = new Set(['access_token', 'refresh_token', 'id_token', 'code', 'code_verifier', 'client_secret', 'client_assertion', 'token', 'id_token_hint', 'password', 'assertion']);

export interface CurlOptions {
  /** Show credentials as sent; otherwise they are masked and the command will not replay. */
  readonly reveal: boolean;
}

/**
 * A curl command that repeats a recorded request exactly as sent: method, URL, every header and
 * the raw body (`--data-raw`, so a leading `@` is never read as a file name). Every argument is
 * single-quoted for POSIX shells; a single quote inside becomes `'\''` (POSIX.1 §2.2.2 allows no
 * escape inside single quotes).
 */
export function curlCommand(request: RecordedRequest, options: CurlOptions): string {
  const shown = options.reveal ? request : maskRequest(request);
  const implied = shown.method === 'GET' || (shown.method === 'POST' && Boolean(shown.requestBody));
  const parts = [['curl', ...(implied ? [] : [`-X ${shellQuote(shown.method)}`]), shellQuote(shown.url)].join(' ')];
  for (const [name, value] of Object.entries(shown.requestHeaders)) parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (shown.requestBody !== undefined && shown.requestBody !== '') parts.push(`--data-raw ${shellQuote(shown.requestBody)}`);
  return parts.join(' \\\n  ');
}

export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The same request with every credential masked: in the query, a form or JSON body, and the Authorization header. */
export function maskRequest(request: RecordedRequest): RecordedRequest {
  const queryAt = request.url.indexOf('?');
  const url = queryAt < 0 ? request.url : `${request.url.slice(0, queryAt + 1)}${maskForm(request.url.slice(queryAt + 1))}`;
  const headers = Object.fromEntries(Object.entries(request.requestHeaders).map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? maskAuthorization(value) : value]));
  return { method: request.method, url, requestHeaders: headers, requestBody: request.requestBody === undefined ? undefined : maskBody(request.requestBody) };
}

function maskBody(body: string): string {
  if (/^\s*[{[]/.test(body)) {
    try {
      return JSON.stringify(maskJson(JSON.parse(body)));
    } catch {
      return body;
    }
  }
  return maskForm(body);
}

function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([name, member]) => [name, CREDENTIAL_NAMES.has(name) && typeof member === 'string' ? maskValue(member) : maskJson(member)]));
}

/** application/x-www-form-urlencoded text (a body or a query), masked pair by pair, the rest byte for byte. */
function maskForm(text: string): string {
  return text
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals < 0) return pair;
      const name = decodeFormComponent(pair.slice(0, equals));
      return CREDENTIAL_NAMES.has(name) ? `${pair.slice(0, equals)}=${maskValue(decodeFormComponent(pair.slice(equals + 1)))}` : pair;
    })
    .join('&');
}

/** `Bearer <token>`, `Basic <client credentials>` (RFC 6750 §2.1, RFC 6749 §2.3.1): keep the scheme, mask the rest. */
function maskAuthorization(value: string): string {
  const space = value.indexOf(' ');
  return space < 0 ? maskValue(value) : `${value.slice(0, space)} ${maskValue(value.slice(space + 1).trim())}`;
}

function decodeFormComponent(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

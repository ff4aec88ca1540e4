/**
 * What a protocol switch changed on the wire in one run, read from what was recorded (the
 * authorize URL, the callback, the HTTP exchanges), never from the switches as composed: a
 * provider that ignored a switch shows no change. Codes only; the sentences are in
 * src/domain/messages/protocol-messages.ts.
 */
import { isPushedRequestUri } from './pushed-request';
import { requestObjectInBody, requestObjectInUrl } from './request-object-on-wire';
import { responseModeOf } from './response-mode';
import { decodeJwt, decodeProtectedHeader } from 'jose';

export type WireChange =
  /** RFC 9126 §2.1: the authorize parameters went in a POST body to the PAR endpoint. */
  | 'par-pushed'
  /** RFC 9126 §4: the authorize URL carried client_id and request_uri only. */
  | 'par-authorize-url'
  /** RFC 9207 §2: the callback named the issuer. */
  | 'iss-in-callback'
  /** RFC 9449 §4: the call carried a DPoP proof header. */
  | 'dpop-proof'
  /** RFC 9449 §8: the provider answered use_dpop_nonce; the client sends again with its nonce. */
  | 'dpop-nonce-retry'
  /** RFC 9449 §5: the token response says token_type DPoP. */
  | 'dpop-bound-token'
  /** RFC 9101 §5.1, §6.3: the authorize URL carried a signed request object; parameters outside it are ignored. */
  | 'request-object'
  /** RFC 9126 §3, RFC 9101 §6.3: the pushed request was a signed request object. */
  | 'request-object-pushed'
  /** Multiple Response Type Encoding Practices §2.1: the code (or error) came back after `#`. */
  | 'response-in-fragment'
  /** RFC 6749 §4.4.2: the client asked the token endpoint in its own name; no browser, no code. */
  | 'client-credentials'
  /** RFC 9068 §2.1: the access token came back as a JWT typed at+jwt. */
  | 'jwt-access-token'
  /** RFC 9449 §6.1: the JWT access token names the page's key in cnf.jkt. */
  | 'jwt-access-token-cnf'
  /** RFC 9449 §6.2: introspection of an active token named the key it is bound to, in cnf.jkt. */
  | 'introspection-cnf';

/** The members of a run this reads: the same for the mock and a real provider. */
export interface WireEvidence {
  readonly authorizeUrl: string;
  readonly callbackUrl?: string;
  /** The PAR endpoint from discovery, if the provider has one. */
  readonly parEndpoint?: string;
  /** The calls before the authorize step (discovery, PAR), then those after it (token, userinfo, actions). */
  readonly exchanges: readonly WireExchange[];
  readonly laterExchanges?: readonly WireExchange[];
}

export interface WireExchange {
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly requestHeaders?: Readonly<Record<string, string>>;
  /** The form the client sent (a PAR body carries the request object, RFC 9126 §3; a token request its grant). */
  readonly requestBody?: string;
  readonly responseText?: string;
}

/** The changes one exchange shows, for the sequence diagram's step. */
export function exchangeWireChanges(exchange: WireExchange, parEndpoint: string | undefined): WireChange[] {
  if (parEndpoint && exchange.method === 'POST' && sameEndpoint(exchange.url, parEndpoint) && exchange.status === 201) {
    return requestObjectInBody(exchange.requestBody) ? ['par-pushed', 'request-object-pushed'] : ['par-pushed'];
  }
  const changes: WireChange[] = [];
  const sentProof = Object.keys(exchange.requestHeaders ?? {}).some((name) => name.toLowerCase() === 'dpop');
  if (sentProof) changes.push('dpop-proof');
  const body = jsonObject(exchange.responseText);
  if (sentProof && body?.error === 'use_dpop_nonce') changes.push('dpop-nonce-retry');
  if (sentProof && exchange.status === 200 && typeof body?.token_type === 'string' && body.token_type.toLowerCase() === 'dpop') changes.push('dpop-bound-token');
  if (exchange.method === 'POST' && new URLSearchParams(exchange.requestBody ?? '').get('grant_type') === 'client_credentials') changes.push('client-credentials');
  if (exchange.status === 200 && typeof body?.access_token === 'string') changes.push(...jwtAccessTokenChanges(body.access_token));
  // RFC 7662 §2.2 answers carry `active`; only an active token's answer names its key.
  if (exchange.status === 200 && body?.active === true && typeof (body.cnf as { jkt?: unknown } | undefined)?.jkt === 'string') changes.push('introspection-cnf');
  return changes;
}

/** RFC 9068 §2.1: a JWT whose header says at+jwt; RFC 9449 §6.1: with cnf.jkt when bound. */
function jwtAccessTokenChanges(token: string): WireChange[] {
  try {
    const typ = decodeProtectedHeader(token).typ?.toLowerCase();
    if (typ !== 'at+jwt' && typ !== 'application/at+jwt') return [];
    const cnf = decodeJwt(token).cnf as { jkt?: unknown } | undefined;
    return typeof cnf?.jkt === 'string' ? ['jwt-access-token', 'jwt-access-token-cnf'] : ['jwt-access-token'];
  } catch {
    return [];
  }
}

function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The changes the authorize step (the page load and its redirect back) shows. */
export function authorizeWireChanges(authorizeUrl: string, callbackUrl: string | undefined): WireChange[] {
  const changes: WireChange[] = [];
  const query = searchOf(authorizeUrl);
  if (query && isPushedRequestUri(query.get('request_uri')) && [...query.keys()].every((name) => name === 'client_id' || name === 'request_uri')) {
    changes.push('par-authorize-url');
  }
  if (requestObjectInUrl(authorizeUrl)) changes.push('request-object');
  if (callbackUrl && responseModeOf(callbackUrl) === 'fragment') changes.push('response-in-fragment');
  if (callbackUrl && responseParameters(callbackUrl)?.has('iss')) changes.push('iss-in-callback');
  return changes;
}

/** Every change of a run, in the order of the flow. */
export function wireChangesOf(evidence: WireEvidence): WireChange[] {
  const of = (exchanges: readonly WireExchange[]) => exchanges.flatMap((exchange) => exchangeWireChanges(exchange, evidence.parEndpoint));
  return [...new Set([...of(evidence.exchanges), ...authorizeWireChanges(evidence.authorizeUrl, evidence.callbackUrl), ...of(evidence.laterExchanges ?? [])])];
}

function searchOf(url: string): URLSearchParams | undefined {
  try {
    return new URL(url).searchParams;
  } catch {
    return undefined;
  }
}

/** The authorization response's parameters: in the query, or in the fragment (response_mode=fragment). */
function responseParameters(url: string): URLSearchParams | undefined {
  try {
    const parsed = new URL(url);
    const values = new URLSearchParams(parsed.hash.slice(1));
    for (const [name, value] of parsed.searchParams) values.set(name, value);
    return values;
  } catch {
    return undefined;
  }
}

function sameEndpoint(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

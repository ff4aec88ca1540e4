/**
 * What a protocol switch changed on the wire in one run, read from what was recorded (the
 * authorize URL, the callback, the HTTP exchanges), never from the switches as composed: a
 * provider that ignored a switch shows no change. Codes only; the sentences are in
 * src/domain/messages/protocol-messages.ts.
 */
import { isPushedRequestUri } from './pushed-request';

export type WireChange =
  /** RFC 9126 §2.1: the authorize parameters went in a POST body to the PAR endpoint. */
  | 'par-pushed'
  /** RFC 9126 §4: the authorize URL carried client_id and request_uri only. */
  | 'par-authorize-url'
  /** RFC 9207 §2: the callback named the issuer. */
  | 'iss-in-callback';

/** The members of a run this reads: the same for the mock and a real provider. */
export interface WireEvidence {
  readonly authorizeUrl: string;
  readonly callbackUrl?: string;
  /** The PAR endpoint from discovery, if the provider has one. */
  readonly parEndpoint?: string;
  readonly exchanges: readonly { readonly method: string; readonly url: string; readonly status: number | undefined }[];
}

/** The changes one exchange shows, for the sequence diagram's step. */
export function exchangeWireChanges(exchange: WireEvidence['exchanges'][number], parEndpoint: string | undefined): WireChange[] {
  if (parEndpoint && exchange.method === 'POST' && sameEndpoint(exchange.url, parEndpoint) && exchange.status === 201) return ['par-pushed'];
  return [];
}

/** The changes the authorize step (the page load and its redirect back) shows. */
export function authorizeWireChanges(authorizeUrl: string, callbackUrl: string | undefined): WireChange[] {
  const changes: WireChange[] = [];
  const query = searchOf(authorizeUrl);
  if (query && isPushedRequestUri(query.get('request_uri')) && [...query.keys()].every((name) => name === 'client_id' || name === 'request_uri')) {
    changes.push('par-authorize-url');
  }
  if (callbackUrl && responseParameters(callbackUrl)?.has('iss')) changes.push('iss-in-callback');
  return changes;
}

/** Every change of a run, in the order of the flow. */
export function wireChangesOf(evidence: WireEvidence): WireChange[] {
  const changes = evidence.exchanges.flatMap((exchange) => exchangeWireChanges(exchange, evidence.parEndpoint));
  return [...new Set([...changes, ...authorizeWireChanges(evidence.authorizeUrl, evidence.callbackUrl)])];
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

/**
 * Pushed Authorization Requests (RFC 9126, https://www.rfc-editor.org/rfc/rfc9126): the client
 * POSTs the authorize parameters to the provider first and sends the browser with a reference only.
 * Pure rules shared by the mock's endpoints and the playground's client.
 */

/** §2.2: the request_uri the provider answers is a URN of this form (oidc-provider uses it too). */
export const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';

/**
 * §2.2: "expires_in" is short; the RFC's example is 60 s. The mock keeps a pushed request for five
 * minutes because a person reads its login page before it is used; one use ends it anyway.
 */
export const PUSHED_REQUEST_LIFETIME_SECONDS = 300;

/** What the provider keeps of a pushed request. */
export interface PushedRequestRecord {
  readonly clientId: string;
  /** The parameters as pushed, in order (a repeated one stays repeated). */
  readonly params: readonly (readonly [string, string])[];
  /** Seconds since the epoch. */
  readonly expiresAt: number;
  readonly used: boolean;
}

export type PushedFormProblem = 'request-uri-inside' | undefined;

/**
 * §2.1: "The request_uri authorization request parameter is one exception, and it MUST NOT be
 * provided" in a pushed request. https://www.rfc-editor.org/rfc/rfc9126#section-2.1
 */
export function checkPushedForm(form: URLSearchParams): PushedFormProblem {
  return form.has('request_uri') ? 'request-uri-inside' : undefined;
}

export function isPushedRequestUri(value: string | null): value is string {
  return value !== null && value.startsWith(REQUEST_URI_PREFIX);
}

export type RequestUriUse =
  | { readonly outcome: 'ok'; readonly params: URLSearchParams }
  | { readonly outcome: 'refused'; readonly reason: 'unknown' | 'expired' | 'used' | 'other-client' | 'client-id-missing' };

/**
 * §4: the authorization request names the pushed one by request_uri; client_id MUST be there too
 * and be the client that pushed it. §7.3: a request_uri is for one use (a reload MAY be allowed:
 * the mock ends it when the authorize step is finished, not when its login page shows).
 * https://www.rfc-editor.org/rfc/rfc9126#section-4
 */
export function checkRequestUriUse(input: { record: PushedRequestRecord | undefined; clientId: string | null; nowSeconds: number }): RequestUriUse {
  const { record, clientId, nowSeconds } = input;
  if (!clientId) return { outcome: 'refused', reason: 'client-id-missing' };
  if (!record) return { outcome: 'refused', reason: 'unknown' };
  if (record.clientId !== clientId) return { outcome: 'refused', reason: 'other-client' };
  if (record.used) return { outcome: 'refused', reason: 'used' };
  if (record.expiresAt <= nowSeconds) return { outcome: 'refused', reason: 'expired' };
  return { outcome: 'ok', params: new URLSearchParams(record.params.map(([name, value]) => [name, value])) };
}

/**
 * §4: the URL the browser goes to carries client_id and request_uri, nothing else the client sent:
 * state, PKCE challenge, scopes and claims travelled in the pushed request's body.
 */
export function pushedAuthorizeUrl(authorizationEndpoint: string, clientId: string, requestUri: string): string {
  const url = new URL(authorizationEndpoint);
  url.search = '';
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('request_uri', requestUri);
  return url.toString();
}

/** §2.2: a successful answer is 201 with request_uri and expires_in; anything else is not one. */
export function readPushedResponse(status: number, body: unknown): { requestUri: string; expiresIn: number } | undefined {
  if (status !== 201 || typeof body !== 'object' || body === null) return undefined;
  const { request_uri: requestUri, expires_in: expiresIn } = body as Record<string, unknown>;
  if (typeof requestUri !== 'string' || requestUri === '' || typeof expiresIn !== 'number') return undefined;
  return { requestUri, expiresIn };
}

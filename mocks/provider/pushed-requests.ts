import { checkRequestUriUse, isPushedRequestUri, type PushedRequestRecord } from '../../src/domain/protocols/pushed-request';
import type { OAuthErrorCode } from '../../src/domain/flow/error-codes';
import type { ProviderContext } from './context';

const slot = (requestUri: string) => `pushed-request:${requestUri}`;

export function storePushedRequest(context: ProviderContext, requestUri: string, record: PushedRequestRecord): void {
  context.store.set(slot(requestUri), record);
}

export type PushedResolution =
  | { readonly outcome: 'direct'; readonly params: URLSearchParams }
  | { readonly outcome: 'pushed'; readonly params: URLSearchParams }
  | { readonly outcome: 'error-page'; readonly error: OAuthErrorCode; readonly description: string };

const REFUSAL: Record<Extract<ReturnType<typeof checkRequestUriUse>, { outcome: 'refused' }>['reason'], string> = {
  unknown: 'This request_uri is unknown to the provider.',
  expired: 'This request_uri has expired; push the request again.',
  used: 'This request_uri was already used: each pushed request is for one authorization (RFC 9126 section 7.3).',
  'other-client': 'This request_uri was pushed by another client.',
  'client-id-missing': 'client_id is missing: RFC 9126 section 4 requires it beside request_uri.',
};

/**
 * RFC 9126 §4: a request_uri the mock issued stands for the pushed parameters, and only those (a
 * parameter outside it is ignored, as oidc-provider does). A refusal is an error page: the
 * redirect URI is one of the parameters that cannot be trusted then.
 * https://www.rfc-editor.org/rfc/rfc9126#section-4
 */
export function resolvePushedRequest(context: ProviderContext, params: URLSearchParams): PushedResolution {
  const requestUri = params.get('request_uri');
  if (!isPushedRequestUri(requestUri)) return { outcome: 'direct', params };
  const use = checkRequestUriUse({ record: context.store.get<PushedRequestRecord>(slot(requestUri)), clientId: params.get('client_id'), nowSeconds: context.now() });
  if (use.outcome === 'refused') return { outcome: 'error-page', error: use.reason === 'client-id-missing' ? 'invalid_request' : 'invalid_request_uri', description: REFUSAL[use.reason] };
  return { outcome: 'pushed', params: use.params };
}

/** §7.3: the authorize step is over (code or error sent): the request_uri cannot be used again. */
export function consumePushedRequest(context: ProviderContext, params: URLSearchParams): void {
  const requestUri = params.get('request_uri');
  if (!isPushedRequestUri(requestUri)) return;
  const record = context.store.get<PushedRequestRecord>(slot(requestUri));
  if (record) context.store.set(slot(requestUri), { ...record, used: true });
}

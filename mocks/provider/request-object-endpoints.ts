import type { OAuthErrorCode } from '../../src/domain/flow/error-codes';
import type { ProviderContext } from './context';
import { NO_STORE, oauthError, type ProviderResponse } from './provider-response';
import type { RequestObjectUnpacking } from './request-object-unpack';

/** What the authorize endpoint is handed: the parameters to check, or an error page. */
export type AuthorizeParameters =
  | { readonly outcome: 'params'; readonly params: URLSearchParams; readonly requestObject: boolean }
  | { readonly outcome: 'error-page'; readonly error: OAuthErrorCode; readonly description: string };

/**
 * RFC 9101 at the two endpoints that take a request object. Verifying a signature is asynchronous,
 * the authorize decisions are not: the object is read first, and the decisions get its parameters.
 */
/**
 * Reads the `request` parameter when there is one. The verifying code (and jose's JWT checks with it)
 * loads by import() then: a sign-in without a request object never compiles it (issue 29).
 */
async function unpack(context: ProviderContext, params: URLSearchParams): Promise<RequestObjectUnpacking> {
  if (!params.has('request')) return { outcome: 'plain', params };
  const { unpackRequestObject } = await import('./request-object-unpack');
  return unpackRequestObject(context, params);
}

export function createRequestObjectReader(context: ProviderContext, par: (form: URLSearchParams, authorization?: string | null) => Promise<ProviderResponse>) {
  /**
   * The authorize endpoint. A refused object is an error page, not a redirect: its redirect_uri is
   * inside an object that did not verify, so it cannot be trusted (RFC 6749 §4.1.2.1; oidc-provider
   * does the same). https://www.rfc-editor.org/rfc/rfc9101#section-6
   */
  async function authorize(params: URLSearchParams): Promise<AuthorizeParameters> {
    const unpacked = await unpack(context, params);
    if (unpacked.outcome === 'refused') return { outcome: 'error-page', error: unpacked.error, description: unpacked.description };
    return { outcome: 'params', params: unpacked.params, requestObject: unpacked.outcome === 'unpacked' };
  }

  /**
   * The PAR endpoint (RFC 9126 §3): a pushed `request` is verified, and only its parameters are
   * pushed (RFC 9101 §6.3: those outside are ignored); it is refused in JSON with 400
   * invalid_request_object. https://www.rfc-editor.org/rfc/rfc9126#section-3
   */
  async function push(form: URLSearchParams, authorization?: string | null): Promise<ProviderResponse> {
    if (!form.has('request')) return par(form, authorization);
    const unpacked = await unpack(context, form);
    if (unpacked.outcome === 'refused') return oauthError(unpacked.error === 'invalid_client' ? 401 : 400, unpacked.error, unpacked.description, NO_STORE);
    return par(unpacked.params, authorization);
  }

  return { authorize, push };
}

import { moveResponseToFragment } from '../../src/domain/protocols/response-mode';
import type { ProviderContext } from './context';
import { resolvePushedRequest } from './pushed-requests';

/**
 * response_mode=fragment at the mock (OAuth 2.0 Multiple Response Type Encoding Practices §2.1,
 * https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes): the response's
 * parameters, a code or an error alike, go after `#` instead of in the query. Read from the request
 * as sent, or as pushed (RFC 9126 §4). A redirect to an untrusted redirect URI never happens (an
 * error page instead), so only a registered URI's location is rewritten.
 */
export function withResponseMode<T extends { readonly outcome: string }>(context: ProviderContext, result: T, params: URLSearchParams): T {
  if (!('location' in result) || typeof result.location !== 'string') return result;
  const resolved = resolvePushedRequest(context, params);
  if (resolved.outcome === 'error-page' || resolved.params.get('response_mode') !== 'fragment') return result;
  const redirectUri = resolved.params.get('redirect_uri');
  if (!redirectUri) return result;
  return { ...result, location: moveResponseToFragment(result.location, redirectUri) };
}

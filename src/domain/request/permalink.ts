import { OPTIONAL_AUTHORIZE_FIELDS } from './authorize-parameters';
import { compactJson } from '../text/json-values';
import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, isMockIssuer, requestedScopes, type ComposedRequest } from './composed-request';
import { joinScopes } from '../scopes-and-claims/scope-list';
import { writeBrandingParameters } from './branding-parameters';
import { writeRequestObjectParameters } from '../protocols/request-object-choice';
import { writeProtocolParameters } from './protocol-parameters';

/**
 * The composed request as the documented URL parameters, so a link reopens exactly the same
 * request. Only what was composed goes in: never a token, code, verifier or secret. Values equal
 * to the defaults are left out to keep links short.
 */
export function writeUrlParameters(request: ComposedRequest): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | undefined, fallback = '') => {
    if (value !== undefined && value.trim() !== '' && value !== fallback) params.set(name, value.trim());
  };
  if (!isMockIssuer(request.issuer)) set('issuer', request.issuer);
  set('client_id', request.clientId, DEFAULT_REQUEST.clientId);
  params.set('scope', joinScopes(requestedScopes(request)));
  set('claims', compactJson(request.claimsText) ?? request.claimsText);
  for (const { field, parameter } of OPTIONAL_AUTHORIZE_FIELDS) set(parameter, request[field]);
  set('extra_params', request.customParams);
  // RFC 9101: the mode and algorithm only; the key stays in the tab that made it.
  writeRequestObjectParameters(request.protocols?.requestObject, set);
  if (isMockIssuer(request.issuer)) {
    const mock = request.mock;
    params.set('allowed_scopes', joinScopes(mock.allowedScopes));
    set('profile', mock.behaviour, DEFAULT_MOCK_SETTINGS.behaviour);
    set('disallowed_scopes', mock.disallowedScopes, DEFAULT_MOCK_SETTINGS.disallowedScopes);
    set('login_policy', compactJson(mock.loginPolicyText) ?? mock.loginPolicyText, compactJson(DEFAULT_MOCK_SETTINGS.loginPolicyText));
    set('user', compactJson(mock.userText) ?? mock.userText, compactJson(DEFAULT_MOCK_SETTINGS.userText));
    set('clock', mock.clock);
    set('seed', mock.seed);
    writeBrandingParameters(mock.branding, set);
  }
  writeProtocolParameters(request.protocols, isMockIssuer(request.issuer) ? request.mock.protocols : undefined, (name, value) => params.set(name, value));
  return params;
}

/**
 * The link to the compose screen with the request. `composeUrl` is where the compose screen is
 * served, base path included (`https://x.github.io/oidc-playground/`): a link that dropped the base
 * path would leave the site.
 */
export function permalink(composeUrl: string, request: ComposedRequest): string {
  const url = new URL(composeUrl);
  url.search = writeUrlParameters(request).toString();
  url.hash = '';
  return url.toString();
}

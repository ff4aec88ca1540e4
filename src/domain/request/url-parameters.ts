import { OPTIONAL_AUTHORIZE_FIELDS } from './authorize-parameters';
import { BEHAVIOUR_PROFILE_IDS, isBehaviourProfile } from '../mock/behaviour-profile';
import { DEFAULT_MOCK_SETTINGS, DEFAULT_REQUEST, MOCK_ISSUER, withScopes, type ComposedRequest } from './composed-request';
import { findPreparedUser } from '../mock/prepared-users';
import { splitScopes } from '../scopes-and-claims/scope-list';
import { fixedClock } from './run-clock';
import { BRANDING_PARAMETERS, readBrandingParameters } from './branding-parameters';
import { REQUEST_OBJECT_PARAMETERS, readRequestObjectParameters } from '../protocols/request-object-choice';
import { MOCK_CLIENT_PARAMETER, MOCK_PROTOCOL_PARAMETER, PROTOCOL_PARAMETER, readProtocolParameters } from './protocol-parameters';

/** The documented URL parameters on `/` (README, "Automation contract"). */
export const COMPOSE_PARAMETERS = [
  'issuer', 'client_id', 'scope', 'claims', 'allowed_scopes', 'profile',
  ...OPTIONAL_AUTHORIZE_FIELDS.map((f) => f.parameter), 'disallowed_scopes', 'login_policy', 'user',
  'clock', 'seed', 'extra_params', ...BRANDING_PARAMETERS, ...REQUEST_OBJECT_PARAMETERS, PROTOCOL_PARAMETER, MOCK_PROTOCOL_PARAMETER, MOCK_CLIENT_PARAMETER,
] as const;
const RUN_PARAMETERS = ['autostart', 'autologin'] as const;

export interface UrlComposition {
  readonly request: ComposedRequest;
  readonly autostart: boolean;
  readonly autologin: boolean;
  /** Parameters present but not understood, so the screen can say so instead of ignoring them. */
  readonly problems: readonly string[];
}

/**
 * Reads the URL parameters into a composed request. A URL describes a whole request: absent
 * parameters take the defaults, not whatever was stored before. Returns undefined when the URL
 * carries no composition at all.
 */
export function readUrlParameters(search: URLSearchParams): UrlComposition | undefined {
  const present = [...COMPOSE_PARAMETERS, ...RUN_PARAMETERS].some((name) => search.has(name));
  if (!present) return undefined;
  const problems: string[] = [];
  const get = (name: string) => search.get(name) ?? '';

  let request: ComposedRequest = {
    ...DEFAULT_REQUEST,
    issuer: search.get('issuer') || MOCK_ISSUER,
    clientId: search.get('client_id') || DEFAULT_REQUEST.clientId,
    claimsText: prettyJson(get('claims')),
    ...Object.fromEntries(OPTIONAL_AUTHORIZE_FIELDS.map(({ field, parameter }) => [field, get(parameter)])),
    customParams: get('extra_params'),
  };
  if (search.has('scope')) request = withScopes(request, splitScopes(search.get('scope')));

  const disallowed = search.get('disallowed_scopes');
  if (disallowed !== null && disallowed !== 'drop' && disallowed !== 'reject') {
    problems.push(`disallowed_scopes="${disallowed}" is not drop or reject; using drop.`);
  }
  if (search.has('clock') && fixedClock(get('clock')) === undefined) {
    problems.push(`clock="${get('clock')}" is not an ISO date-time such as 2026-01-15T09:30:00Z; the real clock is used.`);
  }
  const profile = search.get('profile');
  if (profile !== null && !isBehaviourProfile(profile)) {
    problems.push(`profile="${profile}" is not one of ${BEHAVIOUR_PROFILE_IDS.join(', ')}; using ${DEFAULT_MOCK_SETTINGS.behaviour}.`);
  }
  const { protocols, mockProtocols } = readProtocolParameters(search, problems);
  request = {
    ...request,
    protocols: { ...protocols, requestObject: readRequestObjectParameters(search, problems) },
    mock: {
      ...DEFAULT_MOCK_SETTINGS,
      allowedScopes: search.has('allowed_scopes') ? splitScopes(search.get('allowed_scopes')) : DEFAULT_MOCK_SETTINGS.allowedScopes,
      behaviour: isBehaviourProfile(profile) ? profile : DEFAULT_MOCK_SETTINGS.behaviour,
      disallowedScopes: search.get('disallowed_scopes') === 'reject' ? 'reject' : 'drop',
      loginPolicyText: search.has('login_policy') ? prettyJson(get('login_policy')) : DEFAULT_MOCK_SETTINGS.loginPolicyText,
      userText: search.has('user') ? userTextOf(get('user')) : DEFAULT_MOCK_SETTINGS.userText,
      clock: get('clock'),
      seed: get('seed'),
      branding: readBrandingParameters(search, problems),
      protocols: mockProtocols,
    },
  };
  return { request, autostart: search.get('autostart') === '1', autologin: search.get('autologin') === '1', problems };
}

/** `user` names a prepared user (`minimal`…) or holds a profile as JSON. */
function userTextOf(value: string): string {
  const prepared = findPreparedUser(value.trim());
  return prepared ? JSON.stringify(prepared.profile, null, 2) : prettyJson(value);
}

/** Pretty-prints JSON for the editor; leaves text that does not parse exactly as given. */
function prettyJson(text: string): string {
  if (!text.trim()) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

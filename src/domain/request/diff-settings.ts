import { OPTIONAL_AUTHORIZE_FIELDS } from './authorize-parameters';
import { compactJson } from '../text/json-values';
import { isMockIssuer, requestedScopes, type ComposedRequest } from './composed-request';
import { joinScopes } from '../scopes-and-claims/scope-list';

/** One setting that differed between two runs, as it was composed for each. */
export interface SettingChange {
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

const NONE = '(not set)';

/** What a person composed, setting by setting, as they would read it: the request, then the mock's policy. */
function settingsOf(request: ComposedRequest): ReadonlyArray<readonly [string, string]> {
  const mock = isMockIssuer(request.issuer);
  const text = (value: string) => value.trim() || NONE;
  const settings: Array<readonly [string, string]> = [
    ['provider', mock ? 'built-in mock' : request.issuer.trim()],
    ['client_id', text(request.clientId)],
    ['scope', joinScopes(requestedScopes(request)) || NONE],
    ['claims', compactJson(request.claimsText) ?? text(request.claimsText)],
    ...OPTIONAL_AUTHORIZE_FIELDS.map(({ field, parameter }) => [parameter, text(request[field])] as const),
    ['other parameters', text(request.customParams.split('\n').map((l) => l.trim()).filter(Boolean).join(' & '))],
  ];
  if (mock) {
    settings.push(
      ['policy allows', joinScopes(request.mock.allowedScopes) || NONE],
      ['disallowed scopes are', request.mock.disallowedScopes === 'reject' ? 'rejected' : 'dropped'],
      ['behaviour', request.mock.behaviour],
      ['login policy', compactJson(request.mock.loginPolicyText) ?? text(request.mock.loginPolicyText)],
      ['user profile', compactJson(request.mock.userText) ?? text(request.mock.userText)],
    );
  }
  return settings;
}

/** The request and policy settings that differed between two runs, so a change in outcome has its cause beside it. */
export function diffSettings(before: ComposedRequest, after: ComposedRequest): SettingChange[] {
  const was = new Map(settingsOf(before));
  const now = new Map(settingsOf(after));
  const names = [...new Set([...was.keys(), ...now.keys()])];
  return names
    .map((name) => ({ name, before: was.get(name) ?? NONE, after: now.get(name) ?? NONE }))
    .filter((change) => change.before !== change.after);
}

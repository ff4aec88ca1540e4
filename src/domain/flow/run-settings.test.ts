import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, type ComposedRequest } from '../request/composed-request';
import { reviveRunSettings, runSettingsOf } from './run-settings';

const withClaims: ComposedRequest = { ...DEFAULT_REQUEST, claimsText: '{"id_token": {"email": {"essential": true}}}' };
const realProvider: ComposedRequest = { ...DEFAULT_REQUEST, issuer: 'https://op.example' };

function ready(request: ComposedRequest) {
  const read = runSettingsOf(request);
  if (read.outcome !== 'ready') throw new Error(read.problems.join('; '));
  return read.settings;
}

describe('runSettingsOf', () => {
  it('parses the claims request, the mock user and its login policy once, at launch', () => {
    const settings = ready(withClaims);
    expect(settings.claimsRequest).toEqual({ id_token: { email: { essential: true } } });
    expect(settings.mock?.behaviour).toBe(DEFAULT_REQUEST.mock.behaviour);
    expect(settings.mock?.user.uuid).toEqual(expect.any(String));
    expect(settings.mock?.loginPolicy.customScopes).toBeDefined();
  });

  it('carries no mock settings for a real provider, and no claims request when none was composed', () => {
    expect(ready({ ...realProvider, claimsText: '' })).toEqual({});
  });

  it('refuses a launch whose texts do not parse, naming each', () => {
    const read = runSettingsOf({ ...withClaims, claimsText: '{', mock: { ...DEFAULT_REQUEST.mock, userText: '[]', loginPolicyText: '{"nope": 1}' } });
    expect(read.outcome).toBe('refused');
    if (read.outcome !== 'refused') return;
    expect(read.problems.map((problem) => problem.split(':')[0])).toEqual(['Claims request', 'Mock user profile', 'Login policy']);
  });
});

describe('reviveRunSettings', () => {
  it('gives back stored settings that the parsers accept', () => {
    const settings = ready(withClaims);
    expect(reviveRunSettings(JSON.parse(JSON.stringify(settings)), withClaims)).toEqual(settings);
  });

  it('revives a run stored before runs carried settings from its request text, when that parses', () => {
    expect(reviveRunSettings(undefined, withClaims)).toEqual(ready(withClaims));
  });

  it('sets aside an old run whose text no longer parses, instead of explaining it against a default', () => {
    expect(reviveRunSettings(undefined, { ...withClaims, mock: { ...DEFAULT_REQUEST.mock, userText: '{"uuid": 7}' } })).toBeUndefined();
  });

  it('sets aside stored settings that a person could not have typed', () => {
    const settings = ready(withClaims);
    expect(reviveRunSettings({ ...settings, mock: { ...settings.mock, user: { uuid: 'u', notAnAttribute: 1 } } }, withClaims)).toBeUndefined();
    expect(reviveRunSettings({ ...settings, mock: { ...settings.mock, behaviour: 'made-up' } }, withClaims)).toBeUndefined();
    expect(reviveRunSettings({ ...settings, claimsRequest: { id_token: 'all' } }, withClaims)).toBeUndefined();
    expect(reviveRunSettings('settings', withClaims)).toBeUndefined();
  });

  it('sets aside a mock run that lost its mock settings', () => {
    expect(reviveRunSettings({}, withClaims)).toBeUndefined();
    expect(reviveRunSettings({}, realProvider)).toEqual({});
  });
});

describe('a stored run against the local mock server', () => {
  const realRequest = { ...DEFAULT_REQUEST, issuer: 'http://127.0.0.1:4400' };
  const localServer = {
    outcome: 'read',
    settings: { behaviour: 'oidc-core', loginPolicy: { customClaims: { id_token: {}, userinfo: {} }, customScopes: {} }, allowedScopes: ['openid'], disallowedScopes: 'drop', users: [{ name: 'a', profile: { uuid: 'u-1' } }] },
  };

  it('keeps the server’s settings read at launch, through the same reader', () => {
    expect(reviveRunSettings(JSON.parse(JSON.stringify({ localServer })), realRequest)?.localServer).toEqual(localServer);
  });

  it('keeps why they could not be read', () => {
    const unreadable = { outcome: 'unreadable', problem: { code: 'status', status: 403 } };
    expect(reviveRunSettings({ localServer: unreadable }, realRequest)?.localServer).toEqual(unreadable);
    const changed = { outcome: 'unreadable', problem: { code: 'changed' } };
    expect(reviveRunSettings({ localServer: changed }, realRequest)?.localServer).toEqual(changed);
  });

  it('sets aside settings storage altered into what the server could not have said', () => {
    expect(reviveRunSettings({ localServer: { ...localServer, settings: { ...localServer.settings, behaviour: 'okta' } } }, realRequest)).toBeUndefined();
    expect(reviveRunSettings({ localServer: { outcome: 'unreadable', problem: { code: 'made-up' } } }, realRequest)).toBeUndefined();
  });
});

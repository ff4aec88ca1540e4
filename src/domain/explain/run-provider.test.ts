import { describe, expect, it } from 'vitest';
import { PREPARED_USERS } from '../mock/prepared-users';
import { DEFAULT_LOGIN_POLICY } from '../mock/login-policy';
import { DEFAULT_REQUEST } from '../request/composed-request';
import { completedRun, providerKeys } from '../../testing/signed-run';
import { launchSettings } from '../../testing/launch-settings';
import type { LocalServerRead } from '../flow/local-server-settings';
import { claimExplanationOf } from './run-claim-explanation';
import { scopeExplanationOf } from './run-scope-explanation';
import { localServerExplanationOf, runProviderOf } from './run-provider';

const mina = PREPARED_USERS.find((u) => u.name === 'minimal')!;
const server = 'http://127.0.0.1:4400';
const request = { ...DEFAULT_REQUEST, issuer: server };
const read: LocalServerRead = {
  outcome: 'read',
  settings: {
    behaviour: 'oidc-core',
    loginPolicy: DEFAULT_LOGIN_POLICY,
    allowedScopes: ['openid', 'profile', 'email'],
    disallowedScopes: 'drop',
    users: PREPARED_USERS.map((u) => ({ name: u.name, profile: u.profile })),
  },
};

/** A run against the local mock server: phone requested, not granted; Mina has no email. */
async function serverRun(localServer: LocalServerRead | undefined, sub = mina.profile.uuid) {
  const { sign } = await providerKeys();
  const idToken = await sign({ sub, nonce: 'n-0S6_WzA2Mj' });
  return completedRun({
    request,
    settings: { ...launchSettings(request), ...(localServer ? { localServer } : {}) },
    issuer: server,
    requestedScopes: ['openid', 'profile', 'email', 'phone'],
    tokenResponse: { id_token: idToken, access_token: 'at', scope: 'openid profile email' },
    userinfo: { sub, given_name: 'Mina' },
  });
}

describe('a run against the local mock server whose settings were read at launch', () => {
  it('is explained as a mock run: the server’s policy dropped phone, and Mina’s profile has no email', async () => {
    const run = await serverRun(read);

    expect(runProviderOf(run)).toMatchObject({ kind: 'mock', source: 'local-server', behaviour: 'oidc-core', userName: 'minimal', user: { givenName: 'Mina' } });
    expect(scopeExplanationOf(run).verdicts.find((v) => v.scope === 'phone')).toMatchObject({ outcome: 'dropped-by-policy', reason: 'server-policy-excludes', allowedByPolicy: false });
    expect(scopeExplanationOf(run).evidence).toBe('token-policy');
    const email = claimExplanationOf(run).find((v) => v.claim === 'email' && v.target === 'userinfo');
    expect(email).toMatchObject({ outcome: 'missing', reason: { code: 'no-profile-value' } });
    expect(localServerExplanationOf(run)).toEqual({ state: 'explained', userName: 'minimal', behaviour: 'oidc-core', allowedScopes: ['openid', 'profile', 'email'] });
  });

  it('falls back to a real provider’s explanation when the user who signed in is not among the server’s users', async () => {
    const run = await serverRun(read, 'someone-else');

    expect(runProviderOf(run)).toEqual({ kind: 'real' });
    expect(scopeExplanationOf(run).verdicts.find((v) => v.scope === 'phone')?.reason).toBe('not-granted');
    expect(localServerExplanationOf(run)).toEqual({ state: 'user-unknown', sub: 'someone-else' });
  });

  it('falls back, and says why, when the settings could not be read', async () => {
    const run = await serverRun({ outcome: 'unreadable', problem: { code: 'status', status: 403 } });

    expect(runProviderOf(run)).toEqual({ kind: 'real' });
    expect(scopeExplanationOf(run).evidence).toBe('wire-only');
    const email = claimExplanationOf(run).find((v) => v.claim === 'email' && v.target === 'userinfo');
    expect(email).toMatchObject({ outcome: 'missing', reason: { code: 'not-returned' } });
    expect(localServerExplanationOf(run)).toEqual({ state: 'unreadable', problem: { code: 'status', status: 403 } });
  });

  it('says nothing of a local server for any other real provider', async () => {
    const run = await serverRun(undefined);

    expect(runProviderOf(run)).toEqual({ kind: 'real' });
    expect(localServerExplanationOf(run)).toBeUndefined();
  });
});

import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, type ComposedRequest } from '../request/composed-request';
import { completedRun, providerKeys } from '../../testing/signed-run';
import { launchSettings } from '../../testing/launch-settings';
import { claimExplanationOf } from './run-claim-explanation';

const launched: ComposedRequest = { ...DEFAULT_REQUEST, claimsText: '{"id_token": {"nickname": {"essential": true}}}' };

async function runOf(request: ComposedRequest, settingsFrom: ComposedRequest) {
  const { sign } = await providerKeys();
  const idToken = await sign({ sub: 'user-1', nonce: 'n-0S6_WzA2Mj' });
  expect(decodeJwt(idToken).sub).toBe('user-1');
  return completedRun({ request, settings: launchSettings(settingsFrom), issuer: 'mock', tokenResponse: { id_token: idToken, scope: 'openid' } });
}

describe('claimExplanationOf', () => {
  it('explains the claims request the run was launched with, not the text it holds', async () => {
    // The stored text is broken; the typed settings from launch still say what was asked for.
    const verdicts = claimExplanationOf(await runOf({ ...launched, claimsText: '{ not json' }, launched));
    expect(verdicts.find((verdict) => verdict.claim === 'nickname')).toMatchObject({ outcome: 'missing', target: 'id_token', source: 'claims-request' });
  });

  it('asks nothing of a claim the launch did not request, whatever the text says', async () => {
    const verdicts = claimExplanationOf(await runOf(launched, { ...launched, claimsText: '' }));
    expect(verdicts.find((verdict) => verdict.claim === 'nickname')).toBeUndefined();
  });

  it('lists no user claim as "not received" on a client credentials run, whose userinfo refusal is expected', async () => {
    const base = completedRun({ request: DEFAULT_REQUEST, settings: launchSettings(DEFAULT_REQUEST), issuer: 'mock', tokenResponse: { access_token: 'at', scope: 'api:read' } });
    const refused = { ...base, userinfo: undefined, failure: { error: 'insufficient_scope', description: 'no user', stage: 'userinfo' as const } };
    // The same refusal after a user's sign-in is a failed step: sub is listed as not received.
    expect(claimExplanationOf(refused).some((verdict) => verdict.claim === 'sub' && verdict.outcome === 'missing')).toBe(true);
    expect(claimExplanationOf({ ...refused, grant: 'client_credentials' })).toEqual([]);
  });
});

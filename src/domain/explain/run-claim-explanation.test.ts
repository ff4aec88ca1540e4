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
});

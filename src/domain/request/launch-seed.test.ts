import { describe, expect, it } from 'vitest';
import { seededBytes } from '../text/seeded-random';
import { DEFAULT_REQUEST, type ComposedRequest } from './composed-request';
import { launchSeed } from './launch-seed';

const SEEDED: ComposedRequest = { ...DEFAULT_REQUEST, mock: { ...DEFAULT_REQUEST.mock, seed: 'demo' } };
/** The first bytes a launch draws (oidc-client-ts's `state` comes first). */
const firstDraw = (request: ComposedRequest) => Array.from(seededBytes(launchSeed(request.mock.seed, request), 0, 16));

describe('launchSeed', () => {
  it('gives the same values for the same seed and settings, however the settings object was built', () => {
    const rebuilt = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(SEEDED).reverse()))) as ComposedRequest;
    expect(Object.keys(rebuilt)[0]).not.toBe(Object.keys(SEEDED)[0]);
    expect(firstDraw(rebuilt)).toEqual(firstDraw(SEEDED));
  });

  it('gives other values when the same seed launches other settings: another user, policy or profile never shares a state', () => {
    const otherUser = { ...SEEDED, mock: { ...SEEDED.mock, userText: JSON.stringify({ sub: 'someone-else' }) } };
    const otherPolicy = { ...SEEDED, mock: { ...SEEDED.mock, allowedScopes: ['openid'] } };
    const otherProfile = { ...SEEDED, mock: { ...SEEDED.mock, behaviour: 'oidc-core' } };
    const otherScopes = { ...SEEDED, standardScopes: ['openid'] } satisfies ComposedRequest;
    const draws = [SEEDED, otherUser, otherPolicy, otherProfile, otherScopes].map((request) => JSON.stringify(firstDraw(request as ComposedRequest)));
    expect(new Set(draws).size).toBe(draws.length);
  });

  it('gives other values for another seed with the same settings', () => {
    expect(firstDraw({ ...SEEDED, mock: { ...SEEDED.mock, seed: 'other' } })).not.toEqual(firstDraw(SEEDED));
  });
});

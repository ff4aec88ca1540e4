import { describe, expect, it } from 'vitest';
import { describeLessonSetup } from './describe-lesson-setup';

describe('describeLessonSetup', () => {
  it('lists the request and the mock’s policy as a scenario card does, and nothing about protocols when none is on', () => {
    const settings = describeLessonSetup({ scope: 'openid email', allowedScopes: ['openid'], maxAge: '0' });
    expect(settings).toEqual([
      { name: 'scope', value: 'openid email' },
      { name: 'max_age', value: '0' },
      { name: 'policy allows', value: 'openid' },
    ]);
  });

  it('names the protocol switches a step turns on and the mock’s protocol settings, so the change one thing step shows what changed', () => {
    const settings = describeLessonSetup({ scope: 'openid', allowedScopes: ['openid'], protocols: { dpop: true, fragment: false, par: true }, mockProtocols: { jwtAccessTokens: true, requirePar: false } });
    expect(settings).toContainEqual({ name: 'protocols', value: 'PAR (RFC 9126), DPoP (RFC 9449)' });
    expect(settings).toContainEqual({ name: 'mock settings', value: 'JWT access tokens (RFC 9068)' });
    expect(describeLessonSetup({ scope: 'openid', allowedScopes: ['openid'], requestObject: 'reference' })).toContainEqual({ name: 'protocols', value: 'request object pushed, by reference (RFC 9101, RFC 9126)' });
  });
});

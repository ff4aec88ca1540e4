import { describe, expect, it } from 'vitest';
import type { AccessTokenFact } from '../explain/explain-access-token';
import type { ClaimVerdict } from '../explain/explain-claims';
import type { ScopeVerdict } from '../explain/explain-scopes';
import { answersOf, gradePredictions, truthOf } from './grade-predictions';
import type { LessonObservation } from './observe-run';

const delivered = (claim: string, target: 'id_token' | 'userinfo'): ClaimVerdict => ({
  outcome: 'delivered',
  claim,
  target,
  source: 'scope',
  scope: 'email',
  message: { code: 'from-scope', claim, target, scope: 'email', attribute: 'email' },
});
const granted = (scope: string): ScopeVerdict => ({ scope, outcome: 'granted', allowedByPolicy: true, reason: 'policy-allows' });

const observation = (overrides: Partial<LessonObservation> = {}): LessonObservation => ({
  scopes: [granted('openid'), granted('email')],
  claims: [delivered('email', 'userinfo')],
  error: undefined,
  errorDescription: undefined,
  refreshTokenIssued: true,
  discovery: { issuer: 'https://op.test', scopes_supported: ['openid', 'email', 'address'] },
  authorizationResponse: { arrivedIn: 'query', iss: 'https://op.test' },
  accessToken: { token: 'opaque' },
  tokenType: 'Bearer',
  dpop: { proofSent: false, nonceRetry: false },
  ...overrides,
});

describe('truthOf', () => {
  it('answers a claim prediction from the claim verdicts, per place', () => {
    expect(truthOf({ kind: 'claim', claim: 'email', target: 'userinfo' }, observation()).truth).toBe('yes');
    expect(truthOf({ kind: 'claim', claim: 'email', target: 'id_token' }, observation())).toEqual({
      truth: 'no',
      evidence: { kind: 'claim-not-asked', claim: 'email', target: 'id_token' },
    });
  });

  it('says a claim did not come because the flow failed, when it did', () => {
    const failed = observation({ scopes: [], claims: [], error: 'login_required', errorDescription: 'no session' });
    expect(truthOf({ kind: 'claim', claim: 'sub', target: 'id_token' }, failed).evidence).toEqual({ kind: 'run-failed', error: 'login_required', description: 'no session' });
  });

  it('answers scope, error, refresh token and discovery predictions from the run', () => {
    expect(truthOf({ kind: 'scope', scope: 'email' }, observation()).truth).toBe('granted');
    expect(truthOf({ kind: 'scope', scope: 'address' }, observation()).truth).toBe('not-granted');
    expect(truthOf({ kind: 'error', choices: ['invalid_scope'] }, observation()).truth).toBe('none');
    expect(truthOf({ kind: 'error', choices: ['invalid_scope'] }, observation({ error: 'invalid_scope' })).truth).toBe('invalid_scope');
    expect(truthOf({ kind: 'refresh-token' }, observation({ refreshTokenIssued: false })).truth).toBe('no');
    expect(truthOf({ kind: 'discovery', member: 'scopes_supported', value: 'address' }, observation()).truth).toBe('yes');
    expect(truthOf({ kind: 'discovery', member: 'claims_supported', value: 'email' }, observation()).evidence).toMatchObject({ published: false, listed: false });
  });
});

describe('truthOf, for the protocol lessons', () => {
  const jwt = (...facts: AccessTokenFact[]): LessonObservation['accessToken'] => ({ token: 'jwt', facts });

  it('answers where the authorization response arrived from the callback, and says when none came back', () => {
    expect(truthOf({ kind: 'response-location' }, observation()).truth).toBe('query');
    const fragment = observation({ authorizationResponse: { arrivedIn: 'fragment', iss: undefined } });
    expect(truthOf({ kind: 'response-location' }, fragment)).toEqual({ truth: 'fragment', evidence: { kind: 'response-location', arrivedIn: 'fragment' } });
    expect(truthOf({ kind: 'response-location' }, observation({ authorizationResponse: undefined }))).toEqual({ truth: 'none', evidence: { kind: 'no-callback' } });
  });

  it('answers whether the callback named the issuer, with the issuer it should have been', () => {
    expect(truthOf({ kind: 'callback-iss' }, observation())).toEqual({ truth: 'yes', evidence: { kind: 'callback-iss', iss: 'https://op.test', issuer: 'https://op.test' } });
    expect(truthOf({ kind: 'callback-iss' }, observation({ authorizationResponse: { arrivedIn: 'fragment', iss: undefined } })).truth).toBe('no');
  });

  it('reads an opaque access token as saying nothing, and a JWT by its facts', () => {
    expect(truthOf({ kind: 'access-token', says: 'is-jwt' }, observation())).toEqual({ truth: 'no', evidence: { kind: 'access-token', token: 'opaque', fact: { code: 'opaque' } } });
    expect(truthOf({ kind: 'access-token', says: 'scope' }, observation()).truth).toBe('no');
    const token = observation({ accessToken: jwt({ code: 'typ-at-jwt' }, { code: 'scope-claim', scopes: ['openid'] }, { code: 'aud-resource', audiences: ['https://api'] }) });
    expect(truthOf({ kind: 'access-token', says: 'is-jwt' }, token).truth).toBe('yes');
    expect(truthOf({ kind: 'access-token', says: 'scope' }, token).evidence).toEqual({ kind: 'access-token', token: 'jwt', fact: { code: 'scope-claim', scopes: ['openid'] } });
    expect(truthOf({ kind: 'access-token', says: 'aud-is-client' }, token)).toEqual({ truth: 'no', evidence: { kind: 'access-token', token: 'jwt', fact: { code: 'aud-resource', audiences: ['https://api'] } } });
    expect(truthOf({ kind: 'access-token', says: 'cnf-jkt' }, token)).toEqual({ truth: 'no', evidence: { kind: 'access-token', token: 'jwt', fact: undefined } });
    expect(truthOf({ kind: 'access-token', says: 'cnf-jkt' }, observation({ accessToken: jwt({ code: 'cnf-jkt', jkt: 'abc' }) })).truth).toBe('yes');
    expect(truthOf({ kind: 'access-token', says: 'aud-is-client' }, observation({ accessToken: jwt({ code: 'aud-client', clientId: 'playground' }) })).truth).toBe('yes');
    expect(truthOf({ kind: 'access-token', says: 'is-jwt' }, observation({ accessToken: { token: 'none' } })).evidence).toEqual({ kind: 'access-token', token: 'none', fact: undefined });
  });

  it('answers the token type in the form’s spelling, whatever case the provider used', () => {
    expect(truthOf({ kind: 'token-type' }, observation({ tokenType: 'bearer' })).truth).toBe('Bearer');
    expect(truthOf({ kind: 'token-type' }, observation({ tokenType: 'dpop', dpop: { proofSent: true, nonceRetry: true } }))).toEqual({
      truth: 'DPoP',
      evidence: { kind: 'token-type', tokenType: 'dpop', proofSent: true },
    });
    expect(truthOf({ kind: 'token-type' }, observation({ tokenType: undefined })).truth).toBe('none');
  });

  it('answers the DPoP nonce retry from the token calls', () => {
    expect(truthOf({ kind: 'dpop-nonce-retry' }, observation()).truth).toBe('no');
    expect(truthOf({ kind: 'dpop-nonce-retry' }, observation({ dpop: { proofSent: true, nonceRetry: true } }))).toEqual({ truth: 'yes', evidence: { kind: 'dpop-nonce', proofSent: true, retried: true } });
  });

  it('offers query or fragment, and Bearer or DPoP', () => {
    expect(answersOf({ kind: 'response-location' })).toEqual(['query', 'fragment']);
    expect(answersOf({ kind: 'token-type' })).toEqual(['Bearer', 'DPoP']);
    expect(answersOf({ kind: 'access-token', says: 'cnf-jkt' })).toEqual(['yes', 'no']);
  });
});

describe('gradePredictions', () => {
  const predictions = [
    { kind: 'claim', claim: 'email', target: 'userinfo' },
    { kind: 'claim', claim: 'email', target: 'id_token' },
  ] as const;

  it('is all right when every answer matches the run', () => {
    expect(gradePredictions(predictions, ['yes', 'no'], observation()).outcome).toBe('all-right');
  });

  it('counts each wrong or missing answer, and keeps the run’s answer beside it', () => {
    const graded = gradePredictions(predictions, ['no', undefined], observation());
    expect(graded).toMatchObject({ outcome: 'some-wrong', wrong: 2 });
    expect(graded.results.map((r) => [r.answer, r.truth, r.right])).toEqual([['no', 'yes', false], [undefined, 'no', false]]);
  });

  it('offers none first for an error prediction, and yes or no otherwise', () => {
    expect(answersOf({ kind: 'error', choices: ['login_required'] })).toEqual(['none', 'login_required']);
    expect(answersOf({ kind: 'scope', scope: 'email' })).toEqual(['granted', 'not-granted']);
    expect(answersOf({ kind: 'refresh-token' })).toEqual(['yes', 'no']);
  });
});

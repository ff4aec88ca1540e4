import { describe, expect, it } from 'vitest';
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
  discovery: { scopes_supported: ['openid', 'email', 'address'] },
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

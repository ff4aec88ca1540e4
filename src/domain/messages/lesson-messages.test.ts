import { describe, expect, it } from 'vitest';
import type { GradedPrediction } from '../lessons/grade-predictions';
import { gradedPredictionText, gradingSummaryText, lessonAnswerText, lessonQuestionText } from './lesson-messages';

const emailAtUserinfo: GradedPrediction = {
  prediction: { kind: 'claim', claim: 'email', target: 'id_token' },
  answer: 'yes',
  truth: 'no',
  right: false,
  evidence: {
    kind: 'claim-verdict',
    verdict: { outcome: 'at-userinfo', claim: 'email', target: 'id_token', source: 'scope', scope: 'email', message: { code: 'at-userinfo', claim: 'email', scope: 'email', claimsParameter: 'supported' } },
  },
};

describe('lesson messages', () => {
  it('asks each kind of prediction as a question', () => {
    expect(lessonQuestionText({ kind: 'claim', claim: 'email', target: 'userinfo' })).toBe('Does email arrive at userinfo?');
    expect(lessonQuestionText({ kind: 'scope', scope: 'address' })).toBe('Is the scope address granted?');
    expect(lessonAnswerText({ kind: 'error', choices: [] }, 'none')).toBe('None: the sign-in succeeds');
  });

  it('names what a wrong prediction was about, what happened, and the results screen’s reason', () => {
    expect(gradedPredictionText(emailAtUserinfo)).toBe(
      'You predicted email would arrive in the id_token, but email did not arrive in the id_token. email is at userinfo, not in the id_token: this provider serves the email scope’s claims at userinfo (OIDC Core §5.4); ask for it under claims.id_token to get it here.',
    );
  });

  it('confirms a right prediction with the same reason, and keeps claim names as written', () => {
    expect(gradedPredictionText({ ...emailAtUserinfo, answer: 'no', right: true })).toMatch(/^Right: email did not arrive in the id_token\. email is at userinfo/);
  });

  it('says how an error prediction went wrong', () => {
    const text = gradedPredictionText({
      prediction: { kind: 'error', choices: ['login_required'] },
      answer: 'none',
      truth: 'login_required',
      right: false,
      evidence: { kind: 'flow-ended', error: 'login_required', description: 'No session.' },
    });
    expect(text).toBe('You predicted the sign-in would succeed, but the flow ended with login_required. The provider answered login_required: “No session.”');
  });

  it('sums up the grading', () => {
    expect(gradingSummaryText(2, 3)).toBe('2 of 3 predictions right.');
    expect(gradingSummaryText(3, 3)).toBe('All 3 predictions right.');
  });
});

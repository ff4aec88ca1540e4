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

  it('words the protocol predictions: where the response came, iss, the access token, token_type and the nonce retry', () => {
    expect(lessonAnswerText({ kind: 'response-location' }, 'fragment')).toBe('In the fragment, after #');
    expect(lessonAnswerText({ kind: 'token-type' }, 'DPoP')).toBe('DPoP');
    expect(gradedPredictionText({ prediction: { kind: 'response-location' }, answer: 'query', truth: 'fragment', right: false, evidence: { kind: 'response-location', arrivedIn: 'fragment' } }))
      .toMatch(/^You predicted the authorization response would arrive in the query, but it arrived in the fragment\. .*never sends a fragment to a server/);
    expect(gradedPredictionText({ prediction: { kind: 'callback-iss' }, answer: 'yes', truth: 'yes', right: true, evidence: { kind: 'callback-iss', iss: 'https://evil.test', issuer: 'https://op.test' } }))
      .toContain('not the issuer the request went to (https://op.test): a client must not redeem that code (RFC 9207 §2.4)');
    expect(gradedPredictionText({ prediction: { kind: 'access-token', says: 'cnf-jkt' }, answer: 'yes', truth: 'no', right: false, evidence: { kind: 'access-token', token: 'jwt', fact: undefined } }))
      .toBe('You predicted the access token names a DPoP key in cnf.jkt, but the access token names no DPoP key in cnf.jkt. The access token is a JWT with no cnf claim: no key is bound to it, so whoever holds it can use it (RFC 9449 §6.1).');
    expect(gradedPredictionText({ prediction: { kind: 'token-type' }, answer: 'DPoP', truth: 'Bearer', right: false, evidence: { kind: 'token-type', tokenType: 'Bearer', proofSent: true } }))
      .toContain('the provider issued a Bearer token: it did not bind the token to the key');
    expect(gradedPredictionText({ prediction: { kind: 'dpop-nonce-retry' }, answer: 'no', truth: 'no', right: true, evidence: { kind: 'dpop-nonce', proofSent: false, retried: false } }))
      .toBe('Right: the token request was not sent again with a DPoP nonce. The token request carried no DPoP proof, so there was no nonce to ask for.');
  });
});

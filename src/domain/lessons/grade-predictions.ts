import type { ClaimVerdict } from '../explain/explain-claims';
import type { ScopeVerdict } from '../explain/explain-scopes';
import type { AccessTokenFact } from '../explain/explain-access-token';
import type { ResponseMode } from '../protocols/response-mode';
import type { AccessTokenStatement, Prediction } from './lesson';
import type { AccessTokenReading, LessonObservation } from './observe-run';

/** What a learner may answer to a prediction; `error` predictions answer with a code or `none`. */
export type Answer = string;

/** The answers a prediction offers, in the order the form shows them. */
export function answersOf(prediction: Prediction): readonly Answer[] {
  switch (prediction.kind) {
    case 'scope':
      return ['granted', 'not-granted'];
    case 'error':
      return ['none', ...prediction.choices];
    case 'response-location':
      return ['query', 'fragment'] satisfies ResponseMode[];
    case 'token-type':
      return ['Bearer', 'DPoP'];
    default:
      return ['yes', 'no'];
  }
}

/** Why the run answered as it did: the verdict the results screen shows for it, or the fact read off the wire. */
export type Evidence =
  | { readonly kind: 'claim-verdict'; readonly verdict: ClaimVerdict }
  | { readonly kind: 'claim-not-asked'; readonly claim: string; readonly target: string }
  | { readonly kind: 'scope-verdict'; readonly verdict: ScopeVerdict }
  | { readonly kind: 'run-failed'; readonly error: string; readonly description: string | undefined }
  | { readonly kind: 'flow-ended'; readonly error: string | undefined; readonly description: string | undefined }
  | { readonly kind: 'refresh-token'; readonly issued: boolean; readonly offlineAccess: ScopeVerdict | undefined }
  | { readonly kind: 'discovery'; readonly member: string; readonly value: string; readonly listed: boolean; readonly published: boolean }
  /** No browser came back to the callback (client credentials, or a launch refused before the redirect). */
  | { readonly kind: 'no-callback' }
  | { readonly kind: 'response-location'; readonly arrivedIn: ResponseMode }
  | { readonly kind: 'callback-iss'; readonly iss: string | undefined; readonly issuer: string | undefined }
  /** The access token's fact the answer rests on (absent: a JWT that does not say it); `none`: no token came. */
  | { readonly kind: 'access-token'; readonly token: AccessTokenReading['token']; readonly fact: AccessTokenFact | undefined }
  | { readonly kind: 'token-type'; readonly tokenType: string | undefined; readonly proofSent: boolean }
  | { readonly kind: 'dpop-nonce'; readonly proofSent: boolean; readonly retried: boolean };

export interface GradedPrediction {
  readonly prediction: Prediction;
  readonly answer: Answer | undefined;
  /** The answer the run gives. */
  readonly truth: Answer;
  readonly right: boolean;
  readonly evidence: Evidence;
}

export type Grading =
  | { readonly outcome: 'all-right'; readonly results: readonly GradedPrediction[] }
  | { readonly outcome: 'some-wrong'; readonly results: readonly GradedPrediction[]; readonly wrong: number };

/**
 * Grades the learner's answers against the run: each answer is compared with what the run's own
 * verdicts say, never with an answer written into the lesson, so a lesson cannot teach what the
 * provider does not do.
 */
export function gradePredictions(predictions: readonly Prediction[], answers: readonly (Answer | undefined)[], observation: LessonObservation): Grading {
  const results = predictions.map((prediction, index): GradedPrediction => {
    const { truth, evidence } = truthOf(prediction, observation);
    const answer = answers[index];
    return { prediction, answer, truth, right: answer === truth, evidence };
  });
  const wrong = results.filter((r) => !r.right).length;
  return wrong === 0 ? { outcome: 'all-right', results } : { outcome: 'some-wrong', results, wrong };
}

/** The answer a run gives to one prediction, and the evidence for it. */
export function truthOf(prediction: Prediction, observation: LessonObservation): { truth: Answer; evidence: Evidence } {
  const failed = observation.error !== undefined && observation.scopes.length === 0;
  switch (prediction.kind) {
    case 'claim': {
      const verdicts = observation.claims.filter((v) => v.claim === prediction.claim && v.target === prediction.target);
      const delivered = verdicts.find((v) => v.outcome === 'delivered');
      if (delivered) return { truth: 'yes', evidence: { kind: 'claim-verdict', verdict: delivered } };
      if (verdicts[0]) return { truth: 'no', evidence: { kind: 'claim-verdict', verdict: verdicts[0] } };
      if (failed) return { truth: 'no', evidence: { kind: 'run-failed', error: observation.error, description: observation.errorDescription } };
      return { truth: 'no', evidence: { kind: 'claim-not-asked', claim: prediction.claim, target: prediction.target } };
    }
    case 'scope': {
      const verdict = observation.scopes.find((v) => v.scope === prediction.scope);
      if (verdict) return { truth: verdict.outcome === 'granted' ? 'granted' : 'not-granted', evidence: { kind: 'scope-verdict', verdict } };
      return { truth: 'not-granted', evidence: { kind: 'run-failed', error: observation.error ?? 'no scope verdict', description: observation.errorDescription } };
    }
    case 'error':
      return { truth: observation.error ?? 'none', evidence: { kind: 'flow-ended', error: observation.error, description: observation.errorDescription } };
    case 'refresh-token': {
      const offlineAccess = observation.scopes.find((v) => v.scope === 'offline_access');
      return { truth: observation.refreshTokenIssued ? 'yes' : 'no', evidence: { kind: 'refresh-token', issued: observation.refreshTokenIssued, offlineAccess } };
    }
    case 'discovery': {
      const listed = observation.discovery[prediction.member];
      const published = Array.isArray(listed);
      const found = published && listed.includes(prediction.value);
      return { truth: found ? 'yes' : 'no', evidence: { kind: 'discovery', member: prediction.member, value: prediction.value, listed: found, published } };
    }
    case 'response-location': {
      const response = observation.authorizationResponse;
      if (!response) return { truth: 'none', evidence: { kind: 'no-callback' } };
      return { truth: response.arrivedIn, evidence: { kind: 'response-location', arrivedIn: response.arrivedIn } };
    }
    case 'callback-iss': {
      const response = observation.authorizationResponse;
      if (!response) return { truth: 'no', evidence: { kind: 'no-callback' } };
      const issuer = typeof observation.discovery.issuer === 'string' ? observation.discovery.issuer : undefined;
      return { truth: response.iss === undefined ? 'no' : 'yes', evidence: { kind: 'callback-iss', iss: response.iss, issuer } };
    }
    case 'access-token':
      return accessTokenTruth(prediction.says, observation.accessToken);
    case 'token-type': {
      // RFC 6749 §7.1, RFC 9449 §5: the type is case-insensitive; the answer is spelled as the form offers it.
      const sent = observation.tokenType;
      const truth = answersOf(prediction).find((answer) => answer.toLowerCase() === sent?.toLowerCase()) ?? (sent ?? 'none');
      return { truth, evidence: { kind: 'token-type', tokenType: sent, proofSent: observation.dpop.proofSent } };
    }
    case 'dpop-nonce-retry': {
      const { proofSent, nonceRetry } = observation.dpop;
      return { truth: nonceRetry ? 'yes' : 'no', evidence: { kind: 'dpop-nonce', proofSent, retried: nonceRetry } };
    }
  }
}

/** The fact codes that answer each access-token statement with yes (explain-access-token.ts). */
const SAYS: Record<AccessTokenStatement, readonly AccessTokenFact['code'][]> = {
  'is-jwt': ['typ-at-jwt', 'typ-other'],
  scope: ['scope-claim', 'scp-claim'],
  'aud-is-client': ['aud-client'],
  'cnf-jkt': ['cnf-jkt'],
};

/** The facts that answer no, when the token is a JWT: what it says instead. */
const SAYS_INSTEAD: Record<AccessTokenStatement, readonly AccessTokenFact['code'][]> = {
  'is-jwt': [],
  scope: ['no-scope-claim'],
  'aud-is-client': ['aud-resource', 'no-aud'],
  'cnf-jkt': [],
};

function accessTokenTruth(says: AccessTokenStatement, reading: AccessTokenReading): { truth: Answer; evidence: Evidence } {
  if (reading.token !== 'jwt') {
    return { truth: 'no', evidence: { kind: 'access-token', token: reading.token, fact: reading.token === 'opaque' ? { code: 'opaque' } : undefined } };
  }
  const yes = reading.facts.find((fact) => SAYS[says].includes(fact.code));
  if (yes) return { truth: 'yes', evidence: { kind: 'access-token', token: 'jwt', fact: yes } };
  return { truth: 'no', evidence: { kind: 'access-token', token: 'jwt', fact: reading.facts.find((fact) => SAYS_INSTEAD[says].includes(fact.code)) } };
}

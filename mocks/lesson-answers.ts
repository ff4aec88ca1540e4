import type { Answer } from '../src/domain/lessons/grade-predictions';

/**
 * What each lesson's run answers, prediction by prediction, for its first step and its "change one
 * thing" step. Every lesson runs through the mock provider's own modules and the explanation the
 * results screen shows: when the mock or the explanation changes, a lesson that would now teach
 * something untrue fails here (mocks/lessons.test.ts). Adding a lesson = its file in
 * src/domain/lessons/path, its line in src/domain/lessons/lessons.ts, and its row here.
 */
export const ANSWERS: Record<string, { first: Answer[]; followUp: Answer[] }> = {
  '01-scope-vs-claim': { first: ['yes', 'no', 'yes'], followUp: ['no', 'yes'] },
  '02-what-openid-changes': { first: ['none', 'yes'], followUp: ['insufficient_scope', 'no'] },
  '03-standard-scopes': { first: ['yes', 'yes', 'no'], followUp: ['yes', 'yes', 'no'] },
  '04-unknown-scopes': { first: ['none', 'not-granted', 'granted'], followUp: ['none', 'no'] },
  '05-hosted-login-placement': { first: ['no', 'yes', 'yes'], followUp: ['yes', 'no'] },
  '06-oidc-core-placement': { first: ['no', 'yes'], followUp: ['yes', 'yes'] },
  '07-claims-parameter': { first: ['yes', 'yes', 'no'], followUp: ['no', 'yes'] },
  '08-claim-names-are-case-sensitive': { first: ['none', 'no', 'no'], followUp: ['yes'] },
  '09-essential': { first: ['yes', 'no'], followUp: ['none', 'no'] },
  '10-value-and-values': { first: ['none', 'yes'], followUp: ['access_denied', 'no'] },
  '11-token-policy-drops': { first: ['not-granted', 'no', 'yes'], followUp: ['granted', 'yes'] },
  '12-token-policy-rejects': { first: ['invalid_scope', 'no'], followUp: ['none', 'yes'] },
  '13-custom-claims': { first: ['yes', 'no'], followUp: ['no', 'yes'] },
  '14-custom-scopes': { first: ['granted', 'yes'], followUp: ['not-granted', 'no'] },
  '15-user-lacks-an-attribute': { first: ['granted', 'yes'], followUp: ['granted', 'no'] },
  '16-single-sign-on-and-prompt-none': { first: ['login_required', 'no'], followUp: ['none', 'yes'] },
  '17-max-age': { first: ['none', 'yes'], followUp: ['login_required', 'no'] },
  '18-prompt-login': { first: ['none', 'yes'], followUp: ['invalid_request', 'no'] },
  '19-offline-access': { first: ['not-granted', 'no'], followUp: ['granted', 'yes'] },
  '20-refresh-tokens-by-provider': { first: ['yes'], followUp: ['no'] },
  '21-access-denied': { first: ['none', 'no'], followUp: ['access_denied', 'no'] },
  '22-reading-discovery': { first: ['yes', 'not-granted', 'yes'], followUp: ['yes', 'yes'] },
  '23-request-objects': { first: ['none', 'yes', 'granted'], followUp: ['none', 'yes'] },
  '24-pushed-requests-required': { first: ['invalid_request', 'not-granted'], followUp: ['none', 'granted'] },
  '25-client-credentials': { first: ['granted', 'no', 'insufficient_scope'], followUp: ['not-granted', 'no'] },
  '26-response-in-the-fragment': { first: ['query', 'yes'], followUp: ['none', 'fragment', 'yes'] },
  '27-jwt-access-tokens': { first: ['no', 'no'], followUp: ['yes', 'yes', 'no'] },
  '28-dpop': { first: ['Bearer', 'no'], followUp: ['DPoP', 'yes', 'yes', 'yes'] },
  '29-iss-on-error-responses': { first: ['login_required', 'yes'], followUp: ['fragment', 'yes'] },
};

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
  '02-what-openid-changes': { first: ['none', 'yes'], followUp: ['invalid_scope', 'no'] },
  '03-standard-scopes': { first: ['yes', 'yes', 'no'], followUp: ['yes', 'yes', 'no'] },
  '04-unknown-scopes': { first: ['none', 'not-granted', 'granted'], followUp: ['none', 'no'] },
  '05-hosted-login-placement': { first: ['no', 'yes', 'yes'], followUp: ['yes', 'no'] },
  '06-oidc-core-placement': { first: ['no', 'yes'], followUp: ['yes', 'yes'] },
  '07-claims-parameter': { first: ['yes', 'yes', 'no'], followUp: ['no', 'yes'] },
  '08-claim-names-are-case-sensitive': { first: ['none', 'no', 'no'], followUp: ['yes'] },
};

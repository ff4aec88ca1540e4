import type { Answer, GradedPrediction } from '../lessons/grade-predictions';
import type { Prediction } from '../lessons/lesson';
import { claimVerdictText } from './claim-messages';
import { scopeVerdictText } from './scope-messages';

const PLACE = { id_token: 'in the id_token', userinfo: 'at userinfo' } as const;

/** The question a prediction asks, as the form's legend. */
export function lessonQuestionText(prediction: Prediction): string {
  switch (prediction.kind) {
    case 'claim':
      return `Does ${prediction.claim} arrive ${PLACE[prediction.target]}?`;
    case 'scope':
      return `Is the scope ${prediction.scope} granted?`;
    case 'error':
      return 'Which error, if any, ends the flow?';
    case 'refresh-token':
      return 'Does the token response carry a refresh_token?';
    case 'discovery':
      return `Does the discovery document list ${prediction.value} in ${prediction.member}?`;
  }
}

/** How an answer reads as a radio button's label. */
export function lessonAnswerText(prediction: Prediction, answer: Answer): string {
  if (prediction.kind === 'error') return answer === 'none' ? 'None: the sign-in succeeds' : answer;
  if (answer === 'not-granted') return 'No, not granted';
  if (answer === 'granted') return 'Yes, granted';
  return answer === 'yes' ? 'Yes' : 'No';
}

/** What the learner predicted, as a clause: "email would arrive in the id_token". */
function predictedClause(prediction: Prediction, answer: Answer | undefined): string {
  const yes = answer === 'yes' || answer === 'granted';
  switch (prediction.kind) {
    case 'claim':
      return `${prediction.claim} would ${yes ? '' : 'not '}arrive ${PLACE[prediction.target]}`;
    case 'scope':
      return `${prediction.scope} would ${yes ? '' : 'not '}be granted`;
    case 'error':
      return answer === 'none' || answer === undefined ? 'the sign-in would succeed' : `the flow would end with ${answer}`;
    case 'refresh-token':
      return `a refresh_token would ${yes ? '' : 'not '}come back`;
    case 'discovery':
      return `${prediction.member} would ${yes ? '' : 'not '}list ${prediction.value}`;
  }
}

/** What the run showed, as a clause: "email arrived at userinfo". */
function factClause(prediction: Prediction, truth: Answer): string {
  const yes = truth === 'yes' || truth === 'granted';
  switch (prediction.kind) {
    case 'claim':
      return `${prediction.claim} ${yes ? 'arrived' : 'did not arrive'} ${PLACE[prediction.target]}`;
    case 'scope':
      return `${prediction.scope} was ${yes ? '' : 'not '}granted`;
    case 'error':
      return truth === 'none' ? 'the sign-in succeeded' : `the flow ended with ${truth}`;
    case 'refresh-token':
      return `a refresh_token ${yes ? 'came back' : 'did not come back'}`;
    case 'discovery':
      return `${prediction.member} ${yes ? 'lists' : 'does not list'} ${prediction.value}`;
  }
}

/** Why the run answered as it did: the results screen's own sentence where there is one. */
function evidenceText(result: GradedPrediction): string {
  const { evidence } = result;
  switch (evidence.kind) {
    case 'claim-verdict':
      return claimVerdictText(evidence.verdict.message);
    case 'claim-not-asked':
      return 'Nothing put it there: no granted scope carries it, the claims parameter does not name it, no custom claim maps it, and the provider did not add it.';
    case 'scope-verdict':
      return scopeVerdictText(evidence.verdict);
    case 'run-failed':
      return `The flow ended with ${evidence.error} before any token was issued${evidence.description ? ` (“${evidence.description}”)` : ''}.`;
    case 'flow-ended':
      return evidence.error === undefined
        ? 'The provider issued tokens and no step failed.'
        : `The provider answered ${evidence.error}${evidence.description ? `: “${evidence.description}”` : '.'}`;
    case 'refresh-token':
      if (evidence.offlineAccess) return scopeVerdictText(evidence.offlineAccess);
      return evidence.issued
        ? 'The token response carries a refresh_token: this provider issues one with every code.'
        : 'The token response carries no refresh_token.';
    case 'discovery':
      if (!evidence.published) return `The discovery document does not publish ${evidence.member} at all.`;
      return `The discovery document’s ${evidence.member} ${evidence.listed ? 'lists' : 'does not list'} ${evidence.value}.`;
  }
}

/** One sentence per graded prediction: confirmation when right, what happened and why when wrong. */
export function gradedPredictionText(result: GradedPrediction): string {
  // Claim names keep their case, even at the start of a sentence: Gender is not gender.
  const why = evidenceText(result);
  const fact = factClause(result.prediction, result.truth);
  if (result.right) return `Right: ${fact}. ${why}`;
  if (result.answer === undefined) return `Not answered: ${fact}. ${why}`;
  return `You predicted ${predictedClause(result.prediction, result.answer)}, but ${fact}. ${why}`;
}

/** The grading's headline, announced to screen readers. */
export function gradingSummaryText(right: number, total: number): string {
  return right === total ? `All ${total} predictions right.` : `${right} of ${total} predictions right.`;
}

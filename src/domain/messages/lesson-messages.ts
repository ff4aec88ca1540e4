import type { Answer, GradedPrediction } from '../lessons/grade-predictions';
import type { AccessTokenStatement, Prediction } from '../lessons/lesson';
import { accessTokenFactText } from './access-token-messages';
import { claimVerdictText } from './claim-messages';
import { scopeVerdictText } from './scope-messages';

const PLACE = { id_token: 'in the id_token', userinfo: 'at userinfo' } as const;

/** What an access-token prediction asks, as the rest of a sentence ("the access token …"). */
const TOKEN_SAYS: Record<AccessTokenStatement, { question: string; yes: string; no: string }> = {
  'is-jwt': { question: 'Is the access token a JWT the client can read?', yes: 'is a JWT the client can read', no: 'is not a JWT the client can read' },
  scope: { question: 'Can the client read the granted scopes in the access token?', yes: 'carries the granted scopes in a claim', no: 'does not carry the granted scopes where the client can read them' },
  'aud-is-client': { question: 'Does the access token’s aud name this client?', yes: 'names this client in its aud', no: 'does not name this client in its aud' },
  'cnf-jkt': { question: 'Does the access token name a DPoP key in cnf.jkt?', yes: 'names a DPoP key in cnf.jkt', no: 'names no DPoP key in cnf.jkt' },
};

const RFC9207 = 'RFC 9207 §2';
const RFC9449_NONCE = 'RFC 9449 §8';

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
    case 'response-location':
      return 'Where does the authorization response (the code) arrive?';
    case 'callback-iss':
      return 'Does the authorization response name the issuer in an iss parameter?';
    case 'access-token':
      return TOKEN_SAYS[prediction.says].question;
    case 'token-type':
      return 'Which token_type does the token response name?';
    case 'dpop-nonce-retry':
      return 'Is the token request sent twice, the second time with the provider’s DPoP nonce?';
  }
}

/** How an answer reads as a radio button's label. */
export function lessonAnswerText(prediction: Prediction, answer: Answer): string {
  if (prediction.kind === 'error') return answer === 'none' ? 'None: the sign-in succeeds' : answer;
  if (prediction.kind === 'response-location') return answer === 'fragment' ? 'In the fragment, after #' : 'In the query, after ?';
  if (prediction.kind === 'token-type') return answer;
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
    case 'response-location':
      return `the authorization response would arrive in the ${answer}`;
    case 'callback-iss':
      return `the authorization response would ${yes ? '' : 'not '}name the issuer`;
    case 'access-token':
      return `the access token ${yes ? TOKEN_SAYS[prediction.says].yes : TOKEN_SAYS[prediction.says].no}`;
    case 'token-type':
      return `the token_type would be ${answer}`;
    case 'dpop-nonce-retry':
      return `the token request would ${yes ? '' : 'not '}be sent again with a DPoP nonce`;
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
    case 'response-location':
      return truth === 'none' ? 'no authorization response came back' : `it arrived in the ${truth}`;
    case 'callback-iss':
      return `it ${yes ? 'named' : 'did not name'} the issuer`;
    case 'access-token':
      return `the access token ${yes ? TOKEN_SAYS[prediction.says].yes : TOKEN_SAYS[prediction.says].no}`;
    case 'token-type':
      return truth === 'none' ? 'the token response named no token_type' : `the token_type was ${truth}`;
    case 'dpop-nonce-retry':
      return `the token request ${yes ? 'was' : 'was not'} sent again with a DPoP nonce`;
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
    case 'no-callback':
      return 'No browser came back to the callback in this run, so there was no authorization response to read.';
    case 'response-location':
      return evidence.arrivedIn === 'fragment'
        ? 'The callback URL held the response’s parameters after #, as response_mode=fragment asks (OAuth 2.0 Multiple Response Type Encoding Practices §2.1): a browser never sends a fragment to a server, so only the page read it.'
        : 'The callback URL held the response’s parameters in its query, the default for response_type=code (RFC 6749 §4.1.2): a query travels to the server behind the redirect URI, so it can end up in that server’s logs.';
    case 'callback-iss':
      if (evidence.iss === undefined) return `The callback carried no iss, so a code from another provider could not be told apart from this one’s (${RFC9207}).`;
      return evidence.iss === evidence.issuer
        ? `The callback carried iss=${evidence.iss}, the issuer the request went to: a client that sends its users to several providers can tell which one answered (${RFC9207}).`
        : `The callback carried iss=${evidence.iss}, not the issuer the request went to (${evidence.issuer ?? 'unknown'}): a client must not redeem that code (RFC 9207 §2.4).`;
    case 'access-token':
      if (evidence.token === 'none') return 'No access token came back in this run.';
      if (evidence.fact) return accessTokenFactText(evidence.fact);
      // RFC 9449 §6.1: no cnf means no key confirms the token.
      if (result.prediction.kind === 'access-token' && result.prediction.says === 'cnf-jkt') return 'The access token is a JWT with no cnf claim: no key is bound to it, so whoever holds it can use it (RFC 9449 §6.1).';
      return 'The access token is a JWT, and it says no such thing.';
    case 'token-type':
      if (evidence.tokenType === undefined) return 'The token response has no token_type, which RFC 6749 §5.1 requires.';
      return evidence.tokenType.toLowerCase() === 'dpop'
        ? 'token_type DPoP says the access token is bound to the page’s key: every call with it needs a fresh proof signed with that key (RFC 9449 §5).'
        : evidence.proofSent
          ? 'The client sent a DPoP proof, but the provider issued a Bearer token: it did not bind the token to the key (RFC 9449 §5).'
          : `token_type ${evidence.tokenType}: whoever holds the token can use it; no key is needed (RFC 6750).`;
    case 'dpop-nonce':
      if (!evidence.proofSent) return 'The token request carried no DPoP proof, so there was no nonce to ask for.';
      return evidence.retried
        ? `The provider answered the first proof with use_dpop_nonce and a DPoP-Nonce header; the client signed a new proof with that nonce and sent the request again (${RFC9449_NONCE}). A nonce from the provider keeps a proof made in advance from being used.`
        : `The provider accepted the first proof without asking for a nonce (${RFC9449_NONCE} lets a provider require one).`;
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

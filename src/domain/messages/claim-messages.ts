import type { ClaimMessage, ClaimsParameterSupport } from '../explain/claim-message';
import type { RequestedValueMatch } from '../explain/match-requested-value';
import type { FlowError } from '../flow/flow-run';
import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';

const WHERE: Record<ClaimTarget, string> = { id_token: 'the id_token', userinfo: 'userinfo' };

/** The step of a run, as the sentence names it. */
const STEP: Record<FlowError['stage'], string> = {
  authorize: 'the authorize step',
  discovery: 'discovery',
  callback: 'the callback',
  token: 'the token exchange',
  userinfo: 'the userinfo call',
  verification: 'verification',
};

/** What essential means, added wherever an essential claim did not come. */
function essentialNote(message: ClaimMessage): string {
  if (!('essential' in message) || !message.essential || message.code === 'essential-absent') return '';
  return `it was asked for as essential (claims.${message.target}.${message.claim}), and essential means requested, not guaranteed (OIDC Core §5.5.1)`;
}

/** Whether the value asked for with value or values came (OIDC Core §5.5.1). */
function requestedValueNote(match: RequestedValueMatch | undefined): string {
  if (!match) return '';
  const asked = match.kind === 'value' ? `the value ${match.asked}` : `one of the values ${match.asked}`;
  return match.matched
    ? `it has ${asked} asked for`
    : `it does not have ${asked} asked for: value and values are requests, not conditions, so check it (OIDC Core §5.5.1)`;
}
/** The sentence in the claims table's "Why" column: where a claim came from, or why it is missing. */
export function claimVerdictText(message: ClaimMessage): string {
  return withClause(baseText(message), essentialNote(message));
}

/** One sentence however many clauses: a clause joins with a semicolon, or in brackets after a question. */
function withClause(sentence: string, clause: string): string {
  if (clause === '') return sentence;
  return sentence.endsWith('?') ? `${sentence} (${clause}.)` : `${sentence.replace(/\.$/, '')}; ${clause}.`;
}

function baseText(message: ClaimMessage): string {
  if (message.code === 'at-userinfo') {
    const served = `${message.claim} is at userinfo, not in the id_token: this provider serves the ${message.scope} scope’s claims at userinfo (OIDC Core §5.4)`;
    return message.claimsParameter === 'supported'
      ? `${served}; ask for it under claims.id_token to get it here.`
      : `${served}, and its discovery does not offer the claims parameter (claims_parameter_supported), so userinfo is the place to read it.`;
  }
  const where = WHERE[message.target];
  if (message.code === 'provider-specific-claim') return `${message.claim} is a provider-specific identifier of the user (${message.meaning}) added to ${where}, not a standard claim.`;
  const { claim } = message;
  switch (message.code) {
    case 'registered-claim': {
      const alsoAsked = message.alsoAsked ? `; it was also asked for as claims.${message.target}.${claim}` : '';
      return withClause(`${claim} (${message.meaning}) is a registered claim the provider sets in ${where} itself, not one a scope releases${alsoAsked}.`, requestedValueNote(message.requestedValue));
    }
    case 'from-claims-request':
      return withClause(`${claim} came from the claims parameter (claims.${message.target}.${claim}).`, requestedValueNote(message.requestedValue));
    case 'from-scope': {
      const from = message.attribute ? `, from the profile attribute ${message.attribute}` : '';
      return `${claim} came in ${where} with the granted ${message.scope} scope${from}.`;
    }
    case 'from-custom-scope': {
      const defined = message.definedAs ? ` (defined as ${message.definedAs})` : '';
      return `${claim} came in ${where} with the granted custom scope ${message.scope}${defined}, from the profile attribute ${message.attribute}.`;
    }
    case 'custom-claim-mapped':
      return `${claim} is a custom claim the login policy maps to ${where} from the profile attribute ${message.attribute}.`;
    case 'added-by-provider':
      return `${claim} was added to ${where} by the provider: neither a granted scope nor the claims parameter asked for it.`;
    case 'unknown-claim': {
      const hint = message.suggestion ? `; did you mean ${message.suggestion}?` : '.';
      const caseNote = message.caseSensitive ? ' (claim names are case-sensitive)' : '';
      return message.checkedAgainst === 'claims-supported'
        ? `${claim} is not in this provider’s claims_supported${caseNote}, so it was likely ignored for ${where}${hint}`
        : `${claim} is not a claim this provider knows${caseNote}, so it was ignored for ${where}${hint}`;
    }
    case 'standard-claim-not-released':
      return `${claim} is a standard claim (OIDC Core §5.1) that ${message.provider} does not release, so it is not in ${where}.`;
    case 'standard-claim-not-supported':
      return `${claim} is a standard claim (OIDC Core §5.1) that this provider leaves out of its claims_supported, so it likely does not release it.`;
    case 'step-failed':
      return `${claim} was not received: ${STEP[message.stage]} failed, so nothing that would have come in ${where} arrived.`;
    case 'scope-not-granted':
      return `${claim} is missing from ${where}: the provider did not grant its scope ${message.scope}.`;
    case 'scope-dropped-by-policy':
      return `${claim} is missing from ${where}: its scope ${message.scope} was dropped by the token policy.`;
    case 'no-mapped-attribute':
      return `${claim} is missing from ${where}: this provider maps no profile attribute to it.`;
    case 'no-profile-value':
      return `${claim} is missing from ${where}: the user’s profile has no value for ${message.attribute ?? 'it'}.`;
    case 'essential-absent':
      return `${claim} was asked for in ${where} as essential (claims.${message.target}.${claim}) but did not arrive; essential means requested, not guaranteed (OIDC Core §5.5.1).`;
    case 'asked-not-returned':
      return `${claim} was asked for in ${where} (claims.${message.target}.${claim}) but the provider did not return it.`;
    case 'scope-claim-not-returned':
    case 'custom-claim-not-returned': {
      const through = message.code === 'scope-claim-not-returned' ? `with the granted ${message.scope ?? 'requested'} scope` : 'as a custom claim';
      // A real provider may hold no value, or release no such claim at all (LemonLDAP::NG releases only the claims mapped to an attribute).
      return `${claim} was expected in ${where} ${through} but the provider did not return it${message.provider === 'real' ? ', perhaps for want of a value or of a mapping for it' : ''}.`;
    }
  }
}

/**
 * One line for a scope whose claims all came at userinfo rather than in the id_token: with an
 * access token issued, scope claims are returned from the UserInfo endpoint (OIDC Core §5.4).
 */
export function scopeAtUserinfoText(scope: string, claims: readonly string[], claimsParameter: ClaimsParameterSupport = 'supported'): string {
  const list = claims.length > 1 ? `${claims.slice(0, -1).join(', ')} and ${claims[claims.length - 1]}` : claims[0];
  const verb = claims.length > 1 ? 'are' : 'is';
  const them = claims.length > 1 ? 'them' : 'it';
  const served = `The ${scope} scope’s ${list} ${verb} at userinfo, not in the id_token: this provider serves scope claims at userinfo (OIDC Core §5.4)`;
  return claimsParameter === 'supported'
    ? `${served}; ask for ${them} under claims.id_token to get ${them} there too.`
    : `${served}, and its discovery does not offer the claims parameter (claims_parameter_supported), so userinfo is the place to read ${them}.`;
}

/** The claims summary's clause for claims a failed step did not bring; counted apart from the provider's absences. */
export function notReceivedText(count: number, stage: FlowError['stage'] | undefined): string {
  return `${count} not received because ${stage ? STEP[stage] : 'a step'} failed`;
}

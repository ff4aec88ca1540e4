import type { JsonType, TypeIssue } from '../scopes-and-claims/claim-types';
import { isTimeClaim } from '../text/describe-time';

/** The sentence for a claim whose JSON type breaks the spec (claim-types). */
export function typeIssueText({ claim, expected, actual, section }: TypeIssue): string {
  if (isTimeClaim(claim)) {
    return `${claim} is ${withArticle(actual)} but ${section} wants a number of seconds since 1970, so clients that compare times will misread it.`;
  }
  if (claim === 'aud') return `aud is ${withArticle(actual)} but ${section} wants a string or an array of strings.`;
  return `${claim} is ${withArticle(actual)} but ${section} wants ${withArticle(expected)}.`;
}

function withArticle(type: JsonType): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

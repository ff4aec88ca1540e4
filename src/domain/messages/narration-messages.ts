import type { NarrationStep } from '../explain/narrate-run';

/** "a, b and c", as a sentence lists things. */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function withArticle(token: string): string {
  return `${/^[aeiou]/.test(token) ? 'an' : 'a'} ${token}`;
}

const STAGES: Record<Extract<NarrationStep, { code: 'stopped' }>['stage'], string> = {
  authorize: 'the provider’s sign-in',
  discovery: 'reading the provider’s discovery document',
  callback: 'the return to the app',
  token: 'the code exchange',
  userinfo: 'the userinfo call',
  verification: 'the id_token’s verification',
};

/** The presenter's caption for one step, in plain words with this run's values. */
export function narrationText(step: NarrationStep): string {
  switch (step.code) {
    case 'discovery':
      return `The app reads the provider’s discovery document at ${step.url}, which names its endpoints and keys.`;
    case 'par':
      return 'The app pushes the request to the provider first (PAR) and gets back a request_uri for the browser to carry.';
    case 'authorize': {
      const asked = [
        ...(step.idTokenClaims.length > 0 ? [`${list(step.idTokenClaims)} in the id_token`] : []),
        ...(step.userinfoClaims.length > 0 ? [`${list(step.userinfoClaims)} at userinfo`] : []),
      ];
      const claims = asked.length > 0 ? `, and through the claims parameter for ${list(asked)}` : '';
      return `The browser goes to the provider asking for ${step.scopes.join(' ')}${claims}.`;
    }
    case 'sign-in':
      return `The provider asks ${step.user ?? 'the user'} to sign in.`;
    case 'code-returned':
      return step.error
        ? `The provider sends the browser back to the app with error ${step.error} instead of a code.`
        : 'The provider sends the browser back to the app with a one-time authorization code.';
    case 'token-exchange':
      return step.tokens.length > 0
        ? `The app exchanges the code for tokens and receives ${list(step.tokens.map(withArticle))}.`
        : 'The app exchanges the code for tokens.';
    case 'signature':
      return step.status === 'checking'
        ? 'The app fetches the provider’s published keys to check the id_token’s signature.'
        : step.status === 'valid'
        ? 'The id_token’s signature is checked against the provider’s published keys: it is valid.'
        : step.status === 'invalid'
          ? 'The id_token’s signature is checked against the provider’s published keys: it does not match, so nothing in the token can be trusted.'
          : 'The id_token’s signature could not be checked against the provider’s published keys.';
    case 'userinfo':
      if (step.claims === undefined) return 'The app asks the userinfo endpoint for the user’s claims, with the access token.';
      return `The app asks the userinfo endpoint for the user’s claims: ${step.claims} ${step.claims === 1 ? 'comes' : 'come'} back.`;
    case 'scopes-granted':
      return step.notGranted.length > 0
        ? `The provider granted ${step.granted.join(' ')}, and not ${step.notGranted.join(' ')}.`
        : `The provider granted every scope asked for: ${step.granted.join(' ')}.`;
    case 'stopped':
      return `The flow stopped at ${STAGES[step.stage]}, with ${step.error}.`;
  }
}

/** Under the live caption: how far the sign-in has gone. */
export function liveNarrationProgressText(step: number): string {
  return `Step ${step} of the sign-in, as it happens`;
}

/** The heading of step-through's diagram of the run so far. */
export const LIVE_SEQUENCE_HEADING = 'The flow so far';

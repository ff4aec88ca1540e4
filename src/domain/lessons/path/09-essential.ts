import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

const SEED_UUID = '3c388dd9-5bcc-4883-9a91-d51129110a4a';

export const LESSON: Lesson = {
  id: '09-essential',
  track: 'claims-parameter',
  title: 'essential means “I need it”, not “or else”',
  goal: 'Predict what happens when an essential claim cannot be delivered.',
  concept: [
    'Each claim in the claims parameter can carry options (OIDC Core §5.5.1). {"essential": true} says the client needs the claim for a smooth experience; without it, the claim is voluntary.',
    'The spec is explicit: a provider must not answer with an error because a claim, essential or voluntary, is not available (unless that claim’s own definition says otherwise). So the client must check what came back.',
  ],
  links: [SPEC.coreIndividualClaims, SPEC.coreClaimsParameter],
  scenarios: [],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, claims: { id_token: { email: { essential: true } } } },
    predictions: [
      { kind: 'claim', claim: 'email', target: 'id_token' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Sign in as a user whose profile has no email attribute; the request stays the same.',
    setup: {
      scope: 'openid',
      allowedScopes: ALL_STANDARD_SCOPES,
      claims: { id_token: { email: { essential: true } } },
      user: { uuid: SEED_UUID, givenName: 'Karim', familyName: 'Nafir' },
    },
    predictions: [
      { kind: 'error', choices: ['access_denied', 'invalid_request'] },
      { kind: 'claim', claim: 'email', target: 'id_token' },
    ],
  },
};

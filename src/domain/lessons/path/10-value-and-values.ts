import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '10-value-and-values',
  track: 'claims-parameter',
  title: 'value and values: a wish, except for sub',
  goal: 'Say when a requested value changes the outcome and when it does not.',
  concept: [
    'A claim request may name the value wanted: {"value": "female"}, or a list with {"values": [...]} (OIDC Core §5.5.1). For an ordinary claim this is a hint about the user to authenticate; the provider still returns the user’s own value.',
    'sub is different: when a value is given for sub, the provider must not issue tokens for any other user. Asking for someone else’s sub is a failed authentication, answered with an error.',
  ],
  links: [SPEC.coreIndividualClaims, SPEC.coreAuthError],
  scenarios: [],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, claims: { id_token: { gender: { value: 'female' } } } },
    predictions: [
      { kind: 'error', choices: ['access_denied', 'invalid_request'] },
      { kind: 'claim', claim: 'gender', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Ask for a value of sub that is not the signed-in user’s: {"id_token": {"sub": {"value": "someone-else"}}}.',
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, claims: { id_token: { sub: { value: 'someone-else' } } } },
    predictions: [
      { kind: 'error', choices: ['access_denied', 'invalid_request'] },
      { kind: 'claim', claim: 'sub', target: 'id_token' },
    ],
  },
};

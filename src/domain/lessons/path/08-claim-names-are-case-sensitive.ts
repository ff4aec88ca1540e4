import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '08-claim-names-are-case-sensitive',
  track: 'claims-parameter',
  title: 'Gender is not gender',
  goal: 'Predict what a provider does with a claim name it does not know.',
  concept: [
    'Claim names are case-sensitive (OIDC Core §5.1). A provider ignores a claim it does not know in the claims parameter, without an error (§5.5): the request succeeds and the claim just does not come.',
    'The compose screen warns before you start ("did you mean gender?"), but a provider never does.',
  ],
  links: [SPEC.coreStandardClaims, SPEC.coreClaimsParameter],
  scenarios: ['case-sensitive-gender'],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, claims: { id_token: { Gender: null } } },
    predictions: [
      { kind: 'error', choices: ['invalid_request', 'invalid_scope'] },
      { kind: 'claim', claim: 'Gender', target: 'id_token' },
      { kind: 'claim', claim: 'gender', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Fix the name: {"id_token": {"gender": null}}.',
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, claims: { id_token: { gender: null } } },
    predictions: [{ kind: 'claim', claim: 'gender', target: 'id_token' }],
  },
};

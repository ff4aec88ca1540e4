import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '21-access-denied',
  track: 'failures',
  title: 'access_denied: when authentication fails',
  goal: 'Predict which request a provider answers with access_denied.',
  concept: [
    'access_denied (RFC 6749 §4.1.2.1) means the user or the provider refused the request: the user pressed Deny, or the sign-in could not meet what the request demands.',
    'An essential acr (the authentication context, OIDC Core §5.5.1.1) that the provider cannot satisfy is such a demand: the mock authenticates at no acr level, so it fails the authentication. Without essential, acr values are a wish.',
  ],
  links: [SPEC.oauthAuthError, { label: 'OIDC Core §5.5.1.1 Requesting the "acr" Claim', href: 'https://openid.net/specs/openid-connect-core-1_0.html#acrSemantics' }],
  scenarios: [],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, claims: { id_token: { acr: { values: ['urn:mace:incommon:iap:silver'] } } } },
    predictions: [
      { kind: 'error', choices: ['access_denied', 'invalid_request', 'login_required'] },
      { kind: 'claim', claim: 'acr', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Make acr essential: {"id_token": {"acr": {"essential": true, "values": ["urn:mace:incommon:iap:silver"]}}}.',
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, claims: { id_token: { acr: { essential: true, values: ['urn:mace:incommon:iap:silver'] } } } },
    predictions: [
      { kind: 'error', choices: ['access_denied', 'invalid_request', 'login_required'] },
      { kind: 'claim', claim: 'acr', target: 'id_token' },
    ],
  },
};

import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '06-oidc-core-placement',
  track: 'placement',
  title: 'Getting a scope claim into the id_token',
  goal: 'Move a claim from userinfo into the id_token without changing the provider.',
  concept: [
    'Under the plain OIDC Core rules, a scope claim comes from userinfo (§5.4). A client that wants it in the id_token, to avoid the extra call, can ask for it by name with the claims parameter under id_token (§5.5).',
    'The claims parameter is JSON: {"id_token": {"email": null}} asks for email in the id_token; null means "please, with no further conditions".',
  ],
  links: [SPEC.coreScopeClaims, SPEC.coreClaimsParameter],
  scenarios: ['claims-parameter-gender'],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'oidc-core' },
    predictions: [
      { kind: 'claim', claim: 'email', target: 'id_token' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Add the claims parameter {"id_token": {"email": null}}.',
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'oidc-core', claims: { id_token: { email: null } } },
    predictions: [
      { kind: 'claim', claim: 'email', target: 'id_token' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
};

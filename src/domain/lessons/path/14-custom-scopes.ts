import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

const ALLOWED = [...ALL_STANDARD_SCOPES, 'ad:user_custom:read'];

export const LESSON: Lesson = {
  id: '14-custom-scopes',
  track: 'policy',
  title: 'Custom scopes carry custom claims (Next Identity)',
  goal: 'Predict when a custom scope is granted and what it brings.',
  concept: [
    'Next Identity lets a tenant define its own scopes, named prefix:scope_name:suffix, each carrying custom claims. The suffix is optional in a request: ad:user_custom matches ad:user_custom:read. Here it carries company_name, from the profile attribute companyName.',
    'A scope is only as good as the provider that knows it: Hosted Login has no custom scopes, so the same request there is a scope it does not grant (RFC 6749 §3.3).',
  ],
  links: [SPEC.oauthScope, SPEC.coreScopeClaims],
  scenarios: ['next-identity-custom-scope'],
  first: {
    setup: { scope: 'openid ad:user_custom', allowedScopes: ALLOWED, behaviour: 'next-identity' },
    predictions: [
      { kind: 'scope', scope: 'ad:user_custom' },
      { kind: 'claim', claim: 'company_name', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Switch the behaviour profile to Hosted Login; the request and the policy stay the same.',
    setup: { scope: 'openid ad:user_custom', allowedScopes: ALLOWED, behaviour: 'hosted-login' },
    predictions: [
      { kind: 'scope', scope: 'ad:user_custom' },
      { kind: 'claim', claim: 'company_name', target: 'id_token' },
    ],
  },
};

import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '04-unknown-scopes',
  track: 'basics',
  title: 'A scope the provider does not know',
  goal: 'Predict what a provider does with a scope it has never heard of.',
  concept: [
    'RFC 6749 §3.3 lets a provider grant fewer scopes than asked, and OIDC Core §3.1.2.1 says scope values a provider does not understand should be ignored. So an unknown scope is not an error: the sign-in goes on without it.',
    'The token response’s scope (RFC 6749 §5.1) tells the client what was really granted. A typo in a scope name therefore fails silently: the request succeeds, and the claims simply never come.',
  ],
  links: [SPEC.oauthScope, SPEC.coreAuthRequest, SPEC.oauthTokenScope],
  scenarios: ['unknown-scope'],
  first: {
    setup: { scope: 'openid email bob', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'error', choices: ['invalid_scope', 'invalid_request'] },
      { kind: 'scope', scope: 'bob' },
      { kind: 'scope', scope: 'email' },
    ],
  },
  followUp: {
    change: 'Misspell a real scope: scope=openid emial.',
    setup: { scope: 'openid emial', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'error', choices: ['invalid_scope', 'invalid_request'] },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
};

import type { Lesson } from '../lesson';
import { SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '12-token-policy-rejects',
  track: 'policy',
  title: 'Drop or reject: invalid_scope',
  goal: 'Predict what a provider that rejects disallowed scopes answers.',
  concept: [
    'Dropping a scope is one answer; refusing the whole request is another. RFC 6749 §4.1.2.1 defines invalid_scope: "the requested scope is invalid, unknown, or malformed", sent back to the client’s redirect URI instead of a code.',
    'The mock can do either: its settings say whether a scope the policy does not allow is dropped silently or rejected with invalid_scope.',
  ],
  links: [SPEC.oauthAuthError, SPEC.oauthScope],
  scenarios: ['policy-drops-address'],
  first: {
    setup: { scope: 'openid email address', allowedScopes: ['openid', 'profile', 'email', 'phone'], disallowedScopes: 'reject' },
    predictions: [
      { kind: 'error', choices: ['invalid_scope', 'access_denied', 'invalid_request'] },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Take address out of the request; the policy still rejects what it does not allow.',
    setup: { scope: 'openid email', allowedScopes: ['openid', 'profile', 'email', 'phone'], disallowedScopes: 'reject' },
    predictions: [
      { kind: 'error', choices: ['invalid_scope', 'access_denied', 'invalid_request'] },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
};

import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '11-token-policy-drops',
  track: 'policy',
  title: 'The token policy drops what it does not allow',
  goal: 'Tell a scope the policy dropped from one the provider granted.',
  concept: [
    'Providers decide per client which scopes it may have. Hosted Login calls this the token policy, a list of allowed scopes. A requested scope outside the list is dropped silently: the sign-in succeeds with fewer scopes (RFC 6749 §3.3).',
    'The token response’s scope says what was granted, so a client can notice. The mock’s default policy leaves address out, as the Hosted Login reference does.',
  ],
  links: [SPEC.oauthScope, SPEC.oauthTokenScope],
  scenarios: ['policy-drops-address', 'address-added-to-policy'],
  first: {
    setup: { scope: 'openid email address', allowedScopes: ['openid', 'profile', 'email', 'phone', 'offline_access'] },
    predictions: [
      { kind: 'scope', scope: 'address' },
      { kind: 'claim', claim: 'address', target: 'userinfo' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Add address to the token policy’s allowed scopes; the request stays the same.',
    setup: { scope: 'openid email address', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'scope', scope: 'address' },
      { kind: 'claim', claim: 'address', target: 'userinfo' },
    ],
  },
};

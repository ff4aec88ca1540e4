import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '20-refresh-tokens-by-provider',
  track: 'sessions',
  title: 'Refresh tokens without offline_access',
  goal: 'Say why one provider sends a refresh token unasked and another does not.',
  concept: [
    'Whether a refresh token comes is the provider’s decision (RFC 6749 §6). The Next Identity reference shows one in a token response for openid email profile, without offline_access; Hosted Login runs on the same platform. That token ends with the sign-in session.',
    'Under the plain OIDC Core rules (§11), only offline_access with prompt=consent asks for one.',
  ],
  links: [SPEC.oauthRefresh, SPEC.coreOfflineAccess],
  scenarios: [],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'hosted-login' },
    predictions: [{ kind: 'refresh-token' }],
  },
  followUp: {
    change: 'Switch the behaviour profile to OIDC Core; the request stays the same.',
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'oidc-core' },
    predictions: [{ kind: 'refresh-token' }],
  },
};

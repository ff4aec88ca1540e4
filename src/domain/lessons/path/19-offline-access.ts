import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '19-offline-access',
  track: 'sessions',
  title: 'offline_access and refresh tokens',
  goal: 'Predict when the plain OIDC Core rules give a refresh token.',
  concept: [
    'A refresh token lets a client get new access tokens without the user (RFC 6749 §6). OIDC Core §11 defines the offline_access scope to ask for one that works while the user is not signed in.',
    'The spec lets the provider ignore offline_access unless the request also carries prompt=consent, so the user is asked. The mock’s OIDC Core profile follows that rule.',
  ],
  links: [SPEC.coreOfflineAccess, SPEC.oauthRefresh],
  scenarios: [],
  first: {
    setup: { scope: 'openid offline_access', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'oidc-core' },
    predictions: [
      { kind: 'scope', scope: 'offline_access' },
      { kind: 'refresh-token' },
    ],
  },
  followUp: {
    change: 'Add prompt=consent.',
    setup: { scope: 'openid offline_access', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'oidc-core', prompt: 'consent' },
    predictions: [
      { kind: 'scope', scope: 'offline_access' },
      { kind: 'refresh-token' },
    ],
  },
};

import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '18-prompt-login',
  track: 'sessions',
  title: 'prompt=login, and values that cannot go together',
  goal: 'Predict how the provider treats prompt=login, and prompt=none combined with another value.',
  concept: [
    'prompt=login asks the provider to make the user sign in again even with a live session, for example before a sensitive action. The sign-in succeeds as usual, with a fresh auth_time.',
    'prompt is a space-separated list, but none forbids every page, so OIDC Core §3.1.2.1 makes none with any other value an error: invalid_request.',
  ],
  links: [SPEC.coreAuthRequest, SPEC.oauthAuthError],
  scenarios: [],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'login', session: 'signed-in' },
    predictions: [
      { kind: 'error', choices: ['login_required', 'invalid_request'] },
      { kind: 'claim', claim: 'sub', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Send prompt=none login: silent and interactive at once.',
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'none login', session: 'signed-in' },
    predictions: [
      { kind: 'error', choices: ['login_required', 'invalid_request'] },
      { kind: 'claim', claim: 'sub', target: 'id_token' },
    ],
  },
};

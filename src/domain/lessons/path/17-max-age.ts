import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '17-max-age',
  track: 'sessions',
  title: 'max_age: how old a sign-in may be',
  goal: 'Predict what max_age does to a silent sign-in.',
  concept: [
    'max_age (OIDC Core §3.1.2.1) is the most seconds since the user last actively signed in that the client accepts. If the session is older, the provider must make the user sign in again, and the id_token then carries auth_time.',
    'Combined with prompt=none, which forbids the login page, a session that is too old cannot be renewed: the answer is login_required.',
  ],
  links: [SPEC.coreAuthRequest, SPEC.coreIdToken, SPEC.coreAuthError],
  scenarios: ['prompt-none-with-session'],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'none', session: 'signed-in' },
    predictions: [
      { kind: 'error', choices: ['login_required', 'invalid_request'] },
      { kind: 'claim', claim: 'auth_time', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Add max_age=0: any earlier sign-in is too old.',
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'none', maxAge: '0', session: 'signed-in' },
    predictions: [
      { kind: 'error', choices: ['login_required', 'invalid_request'] },
      { kind: 'claim', claim: 'auth_time', target: 'id_token' },
    ],
  },
};

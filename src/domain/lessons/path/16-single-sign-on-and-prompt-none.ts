import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '16-single-sign-on-and-prompt-none',
  track: 'sessions',
  title: 'Single sign-on, and prompt=none',
  goal: 'Predict what prompt=none answers with and without a sign-in session.',
  concept: [
    'After a sign-in the provider keeps a session in the browser (the mock keeps one for 14 days): the next authorization from that browser gets a code without the login page. That is single sign-on.',
    'prompt=none (OIDC Core §3.1.2.1) asks the provider never to show a page. With a session it signs in silently; without one it cannot, and answers login_required (§3.1.2.6).',
  ],
  links: [SPEC.coreAuthRequest, SPEC.coreAuthError],
  scenarios: ['prompt-none-without-session', 'prompt-none-with-session'],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'none', session: 'none' },
    predictions: [
      { kind: 'error', choices: ['login_required', 'interaction_required', 'access_denied'] },
      { kind: 'claim', claim: 'sub', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Sign in first, so the browser has a session; then send the same prompt=none request.',
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'none', session: 'signed-in' },
    predictions: [
      { kind: 'error', choices: ['login_required', 'interaction_required', 'access_denied'] },
      { kind: 'claim', claim: 'sub', target: 'id_token' },
    ],
  },
};

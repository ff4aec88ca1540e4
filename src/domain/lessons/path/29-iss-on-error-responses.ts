import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

const RFC9207 = 'https://www.rfc-editor.org/rfc/rfc9207';

export const LESSON: Lesson = {
  id: '29-iss-on-error-responses',
  track: 'protocols',
  title: 'A refusal names its provider too',
  goal: 'Predict whether an error response carries iss, and where it travels when the response goes in the fragment.',
  concept: [
    'RFC 9207 §2 asks a provider to name itself in every authorization response it sends back to the client, an error as much as a code: a client that talks to several providers must know which one refused before it shows the error or tries again.',
    'prompt=none asks for a sign-in with no page at all; without a session the provider answers login_required (OIDC Core §3.1.2.6), by redirect like a code. Predict what that response carries, then ask for it in the fragment: iss travels with the other response parameters, wherever they go.',
  ],
  links: [
    { label: 'RFC 9207 §2 Response Parameter iss', href: `${RFC9207}#section-2` },
    SPEC.coreAuthError,
    { label: 'OAuth 2.0 Multiple Response Type Encoding Practices §2.1 Response Modes', href: 'https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes' },
  ],
  scenarios: [],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'none', session: 'none' },
    predictions: [
      { kind: 'error', choices: ['login_required', 'interaction_required', 'access_denied'] },
      { kind: 'callback-iss' },
    ],
  },
  followUp: {
    change: 'Turn on "Answer in the fragment (response_mode=fragment)" and send the same prompt=none request, still without a session.',
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, prompt: 'none', session: 'none', protocols: { fragment: true } },
    predictions: [
      { kind: 'response-location' },
      { kind: 'callback-iss' },
    ],
  },
};

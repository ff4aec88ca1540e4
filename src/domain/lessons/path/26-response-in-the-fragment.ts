import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES } from '../spec-sections';

const RESPONSE_MODES = 'https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html';
const RFC9207 = 'https://www.rfc-editor.org/rfc/rfc9207';

export const LESSON: Lesson = {
  id: '26-response-in-the-fragment',
  track: 'protocols',
  title: 'Where the code comes back: query, fragment, and iss',
  goal: 'Predict where the authorization response arrives, and whether it names the provider that sent it.',
  concept: [
    'After the sign-in the provider sends the browser back to the redirect URI with the code and state. For response_type=code they travel in its query by default. With response_mode=fragment they travel after #, which the browser never sends to a server: only the page reads them.',
    'A provider that follows RFC 9207 adds iss, its issuer identifier, to every authorization response, success or error, and says so in discovery (authorization_response_iss_parameter_supported). A client that sends users to several providers compares it with the one it chose, so that a code from another provider (a mix-up attack) is never redeemed.',
  ],
  links: [
    { label: 'RFC 6749 §4.1.2 Authorization Response', href: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2' },
    { label: 'OAuth 2.0 Multiple Response Type Encoding Practices §2.1 Response Modes', href: `${RESPONSE_MODES}#ResponseModes` },
    { label: 'RFC 9207 §2 Response Parameter iss', href: `${RFC9207}#section-2` },
    { label: 'RFC 9207 §2.4 Validating the Response Parameter iss', href: `${RFC9207}#section-2.4` },
  ],
  scenarios: [],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [{ kind: 'response-location' }, { kind: 'callback-iss' }],
  },
  followUp: {
    change: 'Turn on "Answer in the fragment (response_mode=fragment)": the authorize request asks for the response after #.',
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, protocols: { fragment: true } },
    predictions: [
      { kind: 'error', choices: ['unsupported_response_type', 'invalid_request'] },
      { kind: 'response-location' },
      { kind: 'callback-iss' },
    ],
  },
};

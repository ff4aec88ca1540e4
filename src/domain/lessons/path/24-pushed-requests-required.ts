import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, rfcSection } from '../spec-sections';

const rfc9126 = (section: string, title: string) => rfcSection(9126, section, title);

export const LESSON: Lesson = {
  id: '24-pushed-requests-required',
  track: 'protocols',
  title: 'A provider that requires pushed requests',
  goal: 'Predict what a provider that requires PAR answers to a request sent in the URL, and what changes when it is pushed.',
  concept: [
    'With PAR (RFC 9126), the client POSTs the authorize parameters to the provider first and sends the browser with client_id and a one-time request_uri only: scopes, claims and the PKCE challenge never reach the address bar.',
    'A client can be registered with require_pushed_authorization_requests (§6), and a provider can require it for every client (its discovery then says require_pushed_authorization_requests: true). A request in the URL is then refused with invalid_request; the same request pushed first is served.',
  ],
  links: [rfc9126('6', 'Requiring pushed requests'), rfc9126('4', 'Authorization request')],
  scenarios: [],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, mockProtocols: { requirePar: true } },
    predictions: [
      { kind: 'error', choices: ['invalid_request', 'invalid_request_uri', 'unauthorized_client'] },
      { kind: 'scope', scope: 'email' },
    ],
  },
  followUp: {
    change: 'Turn on "Push the request first (PAR)": the same request goes to the PAR endpoint, and the browser carries only its request_uri.',
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, mockProtocols: { requirePar: true }, protocols: { par: true } },
    predictions: [
      { kind: 'error', choices: ['invalid_request', 'invalid_request_uri', 'unauthorized_client'] },
      { kind: 'scope', scope: 'email' },
    ],
  },
};

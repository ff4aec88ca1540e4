import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, rfcSection } from '../spec-sections';

const rfc9068 = (section: string, title: string) => rfcSection(9068, section, title);

export const LESSON: Lesson = {
  id: '27-jwt-access-tokens',
  track: 'protocols',
  title: 'What an access token says: opaque or at+jwt',
  goal: 'Predict whether a client can read its access token, and for whom that token is meant.',
  concept: [
    'The id_token is for the client: its aud is the client_id. The access token is for an API. Many providers issue it opaque, a random handle only the provider can resolve (through introspection, RFC 7662), so the client learns nothing from it.',
    'RFC 9068 defines access tokens as JWTs typed at+jwt, so they cannot pass for an id_token. They carry iss, sub, client_id, scope and an aud that names the API, not the client. The client should still pass the token along unread: the format is the provider’s to change. The mock issues either, as its settings say.',
  ],
  links: [
    rfc9068('2.1', 'Header'),
    rfc9068('2.2', 'Data Structure'),
    rfc9068('2.2.3', 'Authorization Claims'),
    { label: 'RFC 7662 §2 Introspection Endpoint', href: 'https://www.rfc-editor.org/rfc/rfc7662#section-2' },
  ],
  scenarios: [],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'access-token', says: 'is-jwt' },
      { kind: 'access-token', says: 'scope' },
    ],
  },
  followUp: {
    change: 'Turn on the mock’s "Issue JWT access tokens (RFC 9068)": the same request, the access token signed by the mock.',
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, mockProtocols: { jwtAccessTokens: true } },
    predictions: [
      { kind: 'access-token', says: 'is-jwt' },
      { kind: 'access-token', says: 'scope' },
      { kind: 'access-token', says: 'aud-is-client' },
    ],
  },
};

import type { Lesson } from '../lesson';

export const LESSON: Lesson = {
  id: '25-client-credentials',
  track: 'protocols',
  title: 'Client credentials: a token with no user',
  goal: 'Predict what a client gets when it asks for a token in its own name, and what userinfo says to that token.',
  concept: [
    'The client credentials grant (RFC 6749 §4.4) has no browser and no user: a confidential client sends its own credentials to the token endpoint and asks for scopes. The provider grants those the client may have.',
    'Scopes that describe a user (openid, email, profile…) mean nothing there, so no id_token comes back, and no refresh token either (§4.4.3). The userinfo endpoint has no user to describe and refuses the token.',
  ],
  links: [
    { label: 'RFC 6749 §4.4 Client Credentials Grant', href: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.4' },
    { label: 'OIDC Core §5.3 UserInfo Endpoint', href: 'https://openid.net/specs/openid-connect-core-1_0.html#UserInfo' },
  ],
  scenarios: [],
  first: {
    setup: { scope: 'api:read', allowedScopes: ['openid', 'email', 'api:read'], protocols: { clientCredentials: true } },
    predictions: [
      { kind: 'scope', scope: 'api:read' },
      { kind: 'refresh-token' },
      { kind: 'error', choices: ['insufficient_scope', 'invalid_client', 'access_denied'] },
    ],
  },
  followUp: {
    change: 'Ask for email as well: scope "api:read email", with email allowed by the token policy.',
    setup: { scope: 'api:read email', allowedScopes: ['openid', 'email', 'api:read'], protocols: { clientCredentials: true } },
    predictions: [
      { kind: 'scope', scope: 'email' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
};

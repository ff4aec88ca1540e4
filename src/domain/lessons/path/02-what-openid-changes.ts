import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '02-what-openid-changes',
  track: 'basics',
  title: 'What openid changes',
  goal: 'Say what the openid scope turns a plain OAuth 2.0 request into.',
  concept: [
    'OAuth 2.0 alone (RFC 6749) gives a client an access token for an API: scopes there are whatever the API defines, and nothing tells the client who the user is.',
    'Adding the openid scope makes the request an OpenID Connect authentication request (OIDC Core §3.1.2.1): the token response then also carries an id_token, a signed statement of who signed in (sub), for whom (aud) and when (auth_time).',
    'Without openid the request is plain OAuth 2.0: this mock still issues an access token, but no id_token, and its userinfo endpoint, which belongs to OpenID Connect (§5.3), refuses that token. Predict both runs.',
  ],
  links: [SPEC.coreAuthRequest, SPEC.coreIdToken, SPEC.coreUserinfo, SPEC.oauthScope],
  scenarios: [],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'error', choices: ['invalid_scope', 'insufficient_scope', 'access_denied'] },
      { kind: 'claim', claim: 'sub', target: 'id_token' },
    ],
  },
  followUp: {
    change: 'Leave openid out, as a plain OAuth 2.0 client would: scope=email.',
    setup: { scope: 'email', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'error', choices: ['invalid_scope', 'insufficient_scope', 'access_denied'] },
      { kind: 'claim', claim: 'sub', target: 'id_token' },
    ],
  },
};

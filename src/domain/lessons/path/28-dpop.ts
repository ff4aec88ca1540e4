import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, rfcSection } from '../spec-sections';

const rfc9449 = (section: string, title: string) => rfcSection(9449, section, title);

export const LESSON: Lesson = {
  id: '28-dpop',
  track: 'protocols',
  title: 'DPoP: a token bound to a key in the page',
  goal: 'Predict what DPoP changes in the token response and on the wire, and how the token names its key.',
  concept: [
    'A Bearer token works for whoever holds it. With DPoP (RFC 9449) the page makes a key pair and signs a short proof for every call: method, URL, time, a unique id. The provider binds the tokens to that key and says token_type DPoP; an API then refuses the token without a fresh proof from the same key.',
    'A provider may demand a nonce of its own in the proofs (§8): it answers the first token request with use_dpop_nonce and a DPoP-Nonce header, and the client signs a new proof and sends again. A JWT access token names its key as cnf.jkt, the key’s thumbprint (§6.1).',
  ],
  links: [
    rfc9449('4', 'DPoP Proof JWTs'),
    rfc9449('5', 'DPoP Access Token Request'),
    rfc9449('6.1', 'JWK Thumbprint Confirmation Method'),
    rfc9449('8', 'Authorization Server-Provided Nonce'),
  ],
  scenarios: [],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, mockProtocols: { jwtAccessTokens: true } },
    predictions: [
      { kind: 'token-type' },
      { kind: 'access-token', says: 'cnf-jkt' },
    ],
  },
  followUp: {
    change: 'Turn on "Bind the tokens to a key (DPoP)": the page makes a key pair, and the token and userinfo calls carry proofs signed with it.',
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES, mockProtocols: { jwtAccessTokens: true }, protocols: { dpop: true } },
    predictions: [
      { kind: 'token-type' },
      { kind: 'dpop-nonce-retry' },
      { kind: 'access-token', says: 'cnf-jkt' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
};

import type { Lesson } from '../lesson';
import { SPEC } from '../spec-sections';

const RFC9101 = 'https://www.rfc-editor.org/rfc/rfc9101';

export const LESSON: Lesson = {
  id: '23-request-objects',
  track: 'protocols',
  title: 'The claims request inside a signed request object',
  goal: 'Predict what a provider does with a claims request that travels inside a request object.',
  concept: [
    'A request object (RFC 9101) is a JWT the client signs whose claims are the authorize parameters: scope, state, redirect_uri and the claims request itself. The provider checks the signature with a key the client registered, that iss is the client and aud the provider, and that it has not expired.',
    'Then only the parameters inside the object count (RFC 9101 §6.3): a claims request outside it is ignored. Providers have read the claims member of a request object differently, which is why this lesson runs it: here the page makes a key pair, the mock registers its public half, and gender is asked for inside the object only.',
  ],
  links: [
    { label: 'RFC 9101 §4 Request Object', href: `${RFC9101}#section-4` },
    { label: 'RFC 9101 §6.3 Request Parameter Assembly and Validation', href: `${RFC9101}#section-6.3` },
    SPEC.coreClaimsParameter,
  ],
  scenarios: ['claims-parameter-gender'],
  first: {
    setup: { scope: 'openid', allowedScopes: ['openid', 'email'], claims: { id_token: { gender: null } }, requestObject: 'value' },
    predictions: [
      { kind: 'error', choices: ['invalid_request_object', 'request_not_supported'] },
      { kind: 'claim', claim: 'gender', target: 'id_token' },
      { kind: 'scope', scope: 'openid' },
    ],
  },
  followUp: {
    change: 'Send the same request object by reference: pushed to the PAR endpoint, the browser carrying only client_id and request_uri.',
    setup: { scope: 'openid', allowedScopes: ['openid', 'email'], claims: { id_token: { gender: null } }, requestObject: 'reference' },
    predictions: [
      { kind: 'error', choices: ['invalid_request_object', 'invalid_request_uri'] },
      { kind: 'claim', claim: 'gender', target: 'id_token' },
    ],
  },
};

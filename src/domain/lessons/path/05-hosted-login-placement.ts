import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '05-hosted-login-placement',
  track: 'placement',
  title: 'id_token or userinfo: two providers, two answers',
  goal: 'Predict where a scope claim lands under Hosted Login and under Next Identity.',
  concept: [
    'OIDC Core §5.4: when the token endpoint issues an access token, the claims a scope asks for are returned from userinfo; a provider may also put them in the id_token. Both are correct, so providers differ.',
    'Hosted Login keeps scope claims at userinfo only, and adds global_sub there (its identifier of the user across applications). Next Identity puts scope claims in the id_token as well as at userinfo.',
    'The behaviour profile in the mock’s settings picks which of the two the mock imitates.',
  ],
  links: [SPEC.coreScopeClaims, SPEC.coreIdToken, SPEC.coreUserinfo],
  scenarios: ['next-identity-custom-scope'],
  first: {
    setup: { scope: 'openid email profile', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'hosted-login' },
    predictions: [
      { kind: 'claim', claim: 'email', target: 'id_token' },
      { kind: 'claim', claim: 'given_name', target: 'userinfo' },
      { kind: 'claim', claim: 'global_sub', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Switch the behaviour profile to Next Identity; the request stays the same.',
    setup: { scope: 'openid email profile', allowedScopes: ALL_STANDARD_SCOPES, behaviour: 'next-identity' },
    predictions: [
      { kind: 'claim', claim: 'email', target: 'id_token' },
      { kind: 'claim', claim: 'global_sub', target: 'userinfo' },
    ],
  },
};

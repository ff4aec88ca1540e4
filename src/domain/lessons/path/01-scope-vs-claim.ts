import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '01-scope-vs-claim',
  track: 'basics',
  title: 'A scope asks, a claim answers',
  goal: 'Say the difference between a scope you request and the claims that come back for it.',
  concept: [
    'A scope is a word in the authorize request (scope=openid email) that asks for access to a group of things. A claim is one named piece of information about the user (email, email_verified) that the provider hands back.',
    'The email scope asks for two claims, email and email_verified. Where they come back is the provider’s choice: OIDC Core §5.4 says that when an access token is issued, scope claims are returned from the userinfo endpoint.',
    'The mock here behaves like Hosted Login: the id_token carries the protocol claims (sub, iss, aud…), and the email scope’s claims wait at userinfo.',
  ],
  links: [SPEC.coreScopeClaims, SPEC.coreStandardClaims, SPEC.coreUserinfo],
  scenarios: ['policy-allows-both'],
  first: {
    setup: { scope: 'openid email', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'claim', claim: 'sub', target: 'id_token' },
      { kind: 'claim', claim: 'email', target: 'id_token' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Ask for profile instead of email: scope=openid profile.',
    setup: { scope: 'openid profile', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'claim', claim: 'email', target: 'userinfo' },
      { kind: 'claim', claim: 'family_name', target: 'userinfo' },
    ],
  },
};

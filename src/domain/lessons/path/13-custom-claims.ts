import type { Lesson } from '../lesson';
import { CONSENT_CLAIMS_POLICY, DEFAULT_LOGIN_POLICY } from '../../mock/login-policy';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '13-custom-claims',
  track: 'policy',
  title: 'Custom claims from the login policy',
  goal: 'Predict where a custom claim lands, from the login policy alone.',
  concept: [
    'Not every claim is standard. Hosted Login’s login policy has customClaims: a map from a claim name you choose to a profile attribute, under id_token or userinfo. The claim comes on every sign-in, whatever scopes were asked (claim names beyond §5.1 are allowed by OIDC Core §5.1.2).',
    'Here the policy maps three consent attributes to the id_token.',
  ],
  links: [{ label: 'OIDC Core §5.1.2 Additional Claims', href: 'https://openid.net/specs/openid-connect-core-1_0.html#AdditionalClaims' }, SPEC.coreIdToken],
  scenarios: ['consent-custom-claims'],
  first: {
    setup: { scope: 'openid', allowedScopes: ALL_STANDARD_SCOPES, loginPolicy: CONSENT_CLAIMS_POLICY },
    predictions: [
      { kind: 'claim', claim: 'consent_email_marketing', target: 'id_token' },
      { kind: 'claim', claim: 'consent_email_marketing', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Move the mapping of consent_email_marketing from customClaims.id_token to customClaims.userinfo.',
    setup: {
      scope: 'openid',
      allowedScopes: ALL_STANDARD_SCOPES,
      loginPolicy: { ...DEFAULT_LOGIN_POLICY, customClaims: { id_token: {}, userinfo: { consent_email_marketing: 'email_marketing_optIn' } } },
    },
    predictions: [
      { kind: 'claim', claim: 'consent_email_marketing', target: 'id_token' },
      { kind: 'claim', claim: 'consent_email_marketing', target: 'userinfo' },
    ],
  },
};

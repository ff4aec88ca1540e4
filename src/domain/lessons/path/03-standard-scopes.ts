import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '03-standard-scopes',
  track: 'basics',
  title: 'The standard scopes and their claims',
  goal: 'Name the claims each standard scope asks for.',
  concept: [
    'OIDC Core §5.4 defines four scopes that ask for claims: profile (name, family_name, given_name, middle_name, nickname, preferred_username, gender, birthdate, updated_at…), email (email, email_verified), address (one address object) and phone (phone_number, phone_number_verified).',
    'The claims themselves are defined in §5.1. A provider fills each from an attribute of the user’s profile; the Catalogue screen lists the mapping this mock uses.',
    'Each scope asks only for its own claims: asking for profile brings no email.',
  ],
  links: [SPEC.coreScopeClaims, SPEC.coreStandardClaims, { label: 'The playground’s scope and claim catalogue', href: '/catalogue' }],
  scenarios: [],
  first: {
    setup: { scope: 'openid profile', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'claim', claim: 'given_name', target: 'userinfo' },
      { kind: 'claim', claim: 'birthdate', target: 'userinfo' },
      { kind: 'claim', claim: 'email', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Swap profile for email and phone: scope=openid email phone.',
    setup: { scope: 'openid email phone', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'claim', claim: 'email_verified', target: 'userinfo' },
      { kind: 'claim', claim: 'phone_number', target: 'userinfo' },
      { kind: 'claim', claim: 'given_name', target: 'userinfo' },
    ],
  },
};

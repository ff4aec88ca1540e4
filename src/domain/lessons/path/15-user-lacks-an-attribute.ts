import type { Lesson } from '../lesson';
import { ALL_STANDARD_SCOPES, SPEC } from '../spec-sections';

const WITHOUT_ADDRESS = { uuid: '3c388dd9-5bcc-4883-9a91-d51129110a4a', givenName: 'Karim', familyName: 'Nafir', email: 'karim.nafir@mail.com' };

export const LESSON: Lesson = {
  id: '15-user-lacks-an-attribute',
  track: 'policy',
  title: 'A granted scope, and still no claim',
  goal: 'Tell a missing claim caused by the user’s profile from one caused by the request.',
  concept: [
    'A provider fills each claim from an attribute of the user’s profile. When the user has no value, the claim is left out: OIDC Core §5.3.2 says a claim with no value should be omitted rather than sent empty or null.',
    'So a scope can be granted and its claim still missing. The cause is the user, not the request or the policy.',
  ],
  links: [{ label: 'OIDC Core §5.3.2 Successful UserInfo Response', href: 'https://openid.net/specs/openid-connect-core-1_0.html#UserInfoResponse' }, SPEC.coreScopeClaims],
  scenarios: [],
  first: {
    setup: { scope: 'openid address', allowedScopes: ALL_STANDARD_SCOPES },
    predictions: [
      { kind: 'scope', scope: 'address' },
      { kind: 'claim', claim: 'address', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Sign in as a user whose profile has no primaryAddress; the request stays the same.',
    setup: { scope: 'openid address', allowedScopes: ALL_STANDARD_SCOPES, user: WITHOUT_ADDRESS },
    predictions: [
      { kind: 'scope', scope: 'address' },
      { kind: 'claim', claim: 'address', target: 'userinfo' },
    ],
  },
};

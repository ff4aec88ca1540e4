import type { Lesson } from '../lesson';
import { SPEC } from '../spec-sections';

export const LESSON: Lesson = {
  id: '07-claims-parameter',
  track: 'claims-parameter',
  title: 'The claims parameter asks by name',
  goal: 'Get one claim without the scope that usually carries it.',
  concept: [
    'The claims parameter (OIDC Core §5.5) has two members, id_token and userinfo, each naming the claims wanted there. It asks for single claims where scopes ask for groups.',
    'A claim asked for by name is delivered whatever scopes were granted: here only openid is requested, yet gender is asked for in both places. This is the main difference between a scope and a claim.',
  ],
  links: [SPEC.coreClaimsParameter, SPEC.coreIndividualClaims],
  scenarios: ['claims-parameter-gender'],
  first: {
    setup: { scope: 'openid', allowedScopes: ['openid', 'email'], claims: { userinfo: { gender: null }, id_token: { gender: null } } },
    predictions: [
      { kind: 'claim', claim: 'gender', target: 'id_token' },
      { kind: 'claim', claim: 'gender', target: 'userinfo' },
      { kind: 'claim', claim: 'birthdate', target: 'userinfo' },
    ],
  },
  followUp: {
    change: 'Ask for gender under userinfo only: {"userinfo": {"gender": null}}.',
    setup: { scope: 'openid', allowedScopes: ['openid', 'email'], claims: { userinfo: { gender: null } } },
    predictions: [
      { kind: 'claim', claim: 'gender', target: 'id_token' },
      { kind: 'claim', claim: 'gender', target: 'userinfo' },
    ],
  },
};

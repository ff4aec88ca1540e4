import { bench, describe } from 'vitest';
import { parseClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { releaseClaims } from '../mock/release-claims';
import { explainScopes } from './explain-scopes';
import { SEED_USER } from '../mock/user-profile';

const claimsText = JSON.stringify({
  userinfo: { gender: null, email: { essential: true }, Gender: null },
  id_token: { gender: null, auth_time: { essential: true }, acr: { values: ['urn:mace:incommon:iap:silver'] } },
});

describe('domain rules (per call)', () => {
  bench('parseClaimsRequest, typical request with a mistyped name', () => {
    parseClaimsRequest(claimsText);
  });
  bench('releaseClaims, all scopes, Next Identity', () => {
    releaseClaims({
      behaviour: 'next-identity',
      grantedScopes: ['openid', 'profile', 'email', 'address', 'phone'],
      claimsRequest: { id_token: { gender: null } },
      user: SEED_USER,
      issuer: 'https://op.bench',
      subject: SEED_USER.uuid,
    });
  });
  bench('explainScopes, six scopes', () => {
    explainScopes({
      requested: ['openid', 'profile', 'email', 'address', 'phone', 'bob'],
      grantedOnTheWire: ['openid', 'email', 'phone'],
      scopesSupported: ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'],
      allowedScopes: ['openid', 'email', 'phone'],
    });
  });
});

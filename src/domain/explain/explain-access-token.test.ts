import { describe, expect, it } from 'vitest';
import { explainAccessToken } from './explain-access-token';

const codes = (input: Parameters<typeof explainAccessToken>[0]) => explainAccessToken(input).map((f) => f.code);
const base = { grantedScopes: ['openid', 'email'], clientId: 'playground' };

describe('explainAccessToken', () => {
  it('says an opaque access token tells the client nothing', () => {
    expect(codes({ ...base, jwt: undefined })).toEqual(['opaque']);
  });

  it('reads an RFC 9068 token: typ, scope and an API audience', () => {
    const jwt = { header: { typ: 'at+jwt', alg: 'RS256' }, payload: { scope: 'openid email', aud: 'https://api.test' } };
    expect(codes({ ...base, jwt })).toEqual(['typ-at-jwt', 'scope-claim', 'aud-resource']);
  });

  it('reads scp as an array (Entra, Okta) and points out scopes that differ from the token response', () => {
    const jwt = { header: { typ: 'JWT' }, payload: { scp: ['email', 'api.read'], aud: ['playground'] } };
    expect(codes({ ...base, jwt })).toEqual(['typ-other', 'scp-claim', 'scopes-differ', 'aud-client']);
  });

  it('says a token whose sub is its client_id stands for the client, with no user (RFC 9068 §2.2)', () => {
    const jwt = { header: { typ: 'at+jwt' }, payload: { scope: 'api:read', aud: 'https://op.test', sub: 'svc', client_id: 'svc' } };
    expect(codes({ ...base, grantedScopes: ['api:read'], jwt })).toEqual(['typ-at-jwt', 'scope-claim', 'aud-resource', 'sub-client']);
  });

  it('names the user a token acts for, and the DPoP key it is bound to (RFC 9449 §6.1)', () => {
    const jwt = { header: { typ: 'at+jwt' }, payload: { scope: 'openid email', aud: 'https://op.test', sub: 'user-1', client_id: 'playground', cnf: { jkt: 'abc' } } };
    expect(explainAccessToken({ ...base, jwt }).slice(-2)).toEqual([{ code: 'sub-user', sub: 'user-1' }, { code: 'cnf-jkt', jkt: 'abc' }]);
  });

  it('says when a token grants no scope and names no audience', () => {
    expect(codes({ ...base, jwt: { header: {}, payload: {} } })).toEqual(['typ-other', 'no-scope-claim', 'no-aud']);
  });
});

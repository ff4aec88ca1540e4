import { describe, expect, it } from 'vitest';
import { explainPastedToken, type PastedTokenInput } from './explain-pasted-token';

const idToken = { iss: 'https://op.test', sub: 'u1', aud: 'playground', exp: 2, iat: 1, email: 'ada@example.com' };
const base: PastedTokenInput = { idToken, tokenScope: undefined, userinfoText: '', scopeText: '', claimsText: '', claimsSupported: undefined };

const outcome = (result: ReturnType<typeof explainPastedToken>, claim: string) => result.verdicts.find((v) => v.claim === claim);

describe('explainPastedToken', () => {
  it('explains protocol and scope claims of a pasted id_token, reading the scopes off the claims present', () => {
    const result = explainPastedToken(base);

    expect(result.scopeBasis).toBe('inferred');
    expect(result.grantedScopes).toEqual(['openid', 'email']);
    expect(outcome(result, 'sub')).toMatchObject({ outcome: 'delivered', target: 'id_token', source: 'protocol' });
    expect(outcome(result, 'email')).toMatchObject({ outcome: 'delivered', source: 'scope', scope: 'email' });
  });

  it('uses the typed scope, and says a claim of a scope that was not granted was not asked for', () => {
    const result = explainPastedToken({ ...base, scopeText: 'openid profile' });

    expect(result.scopeBasis).toBe('typed');
    expect(outcome(result, 'email')).toMatchObject({ outcome: 'delivered', source: 'custom-claim', message: { code: 'added-by-provider' } });
  });

  it('takes the scopes from the token’s own scope claim when none is typed', () => {
    expect(explainPastedToken({ ...base, tokenScope: 'openid phone' })).toMatchObject({ scopeBasis: 'token', grantedScopes: ['openid', 'phone'] });
  });

  it('explains pasted userinfo and a claims request, with a missing claim and a misspelt one', () => {
    const result = explainPastedToken({
      ...base,
      userinfoText: '{"sub":"u1","email":"ada@example.com"}',
      claimsText: '{"userinfo":{"Gender":null,"birthdate":{"essential":true}}}',
      claimsSupported: ['sub', 'email', 'gender', 'birthdate'],
    });

    expect(result.problems).toEqual([]);
    expect(result.verdicts.find((v) => v.claim === 'Gender')).toMatchObject({ outcome: 'missing', target: 'userinfo', reason: { code: 'unknown-claim', suggestion: 'gender' } });
    expect(result.verdicts.find((v) => v.claim === 'birthdate')).toMatchObject({ outcome: 'missing', reason: { code: 'essential-absent' } });
  });

  it('reports userinfo that is not a JSON object and an invalid claims request, and explains the rest', () => {
    const result = explainPastedToken({ ...base, userinfoText: '[1]', claimsText: '{"id_token":' });

    expect(result.problems.map((p) => p.field)).toEqual(['userinfo', 'claims']);
    expect(result.userinfo).toBeUndefined();
    expect(outcome(result, 'sub')).toMatchObject({ outcome: 'delivered' });
  });

  it('explains nothing for the id_token when the token is not one', () => {
    expect(explainPastedToken({ ...base, idToken: undefined }).verdicts).toEqual([]);
  });

  it('does not read pasted userinfo or a claims request beyond the limits a provider answer is held to', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const result = explainPastedToken({ ...base, userinfoText: `{"a":${deep}}`, claimsText: `{"id_token":{"x":{"value":${deep}}}}` });

    expect(result.problems).toEqual([
      { field: 'userinfo', message: 'The userinfo response is not read: nested deeper than 64 levels.' },
      { field: 'claims', message: 'The claims request is not read: nested deeper than 64 levels.' },
    ]);
    expect(result.userinfo).toBeUndefined();
    expect(outcome(result, 'sub')).toMatchObject({ outcome: 'delivered' });
  });
});

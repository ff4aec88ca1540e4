import { describe, expect, it } from 'vitest';
import { RECORDED_LIMIT, recordRequest, type RecordedRequest } from './recorded-requests';

describe('what the provider received', () => {
  it('keeps codes and parameters, and withholds secrets, verifiers, tokens and the credential in the header', () => {
    const into: RecordedRequest[] = [];
    const request = new Request('http://op.test/token?x=1', { method: 'POST', headers: { Authorization: 'Basic c2VjcmV0' } });

    recordRequest(into, request, '/token', new URLSearchParams({ code: 'abc', code_verifier: 'v'.repeat(43), client_secret: 's3', refresh_token: 'r' }));

    expect(into[0]).toMatchObject({
      method: 'POST',
      path: '/token',
      query: { x: '1' },
      form: { code: 'abc', code_verifier: '(withheld, 43 characters)', client_secret: '(withheld, 2 characters)', refresh_token: '(withheld, 1 characters)' },
      authorization: 'Basic',
    });
    expect(JSON.stringify(into)).not.toContain('c2VjcmV0');
  });

  it(`keeps the last ${RECORDED_LIMIT} only`, () => {
    const into: RecordedRequest[] = [];
    for (let i = 0; i < RECORDED_LIMIT + 5; i++) recordRequest(into, new Request(`http://op.test/jwks?n=${i}`), '/jwks', new URLSearchParams());

    expect(into).toHaveLength(RECORDED_LIMIT);
    expect(into[0]!.query.n).toBe('5');
  });
});

import { describe, expect, it } from 'vitest';
import { claimsParseOptionsOf } from './claims-parse-options';
import { parseClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { DEFAULT_REQUEST } from './composed-request';

const withProfile = (behaviour: 'hosted-login' | 'oidc-core') => ({ ...DEFAULT_REQUEST, mock: { ...DEFAULT_REQUEST.mock, behaviour } });
const warningsFor = (claims: string, request: ReturnType<typeof withProfile>) => {
  const parsed = parseClaimsRequest(claims, claimsParseOptionsOf(request));
  return parsed.outcome === 'valid' ? parsed.warnings.map((w) => w.message) : [];
};

describe('claimsParseOptionsOf', () => {
  it('says Hosted Login does not release picture, and never calls it unknown', () => {
    expect(warningsFor('{"userinfo":{"picture":null}}', withProfile('hosted-login'))).toEqual([
      '"picture" is a standard claim (OIDC Core §5.1) that Hosted Login does not release; it will not come.',
    ]);
  });

  it('has nothing to say about picture under OIDC Core, which releases it', () => {
    expect(warningsFor('{"userinfo":{"picture":null}}', withProfile('oidc-core'))).toEqual([]);
  });

  it('gives the case hint only where a claim of another case exists', () => {
    const [gender, colour] = warningsFor('{"userinfo":{"Gender":null,"favourite_colour":null}}', withProfile('hosted-login'));
    expect(gender).toContain('(claim names are case-sensitive)');
    expect(colour).not.toContain('case-sensitive');
  });
});

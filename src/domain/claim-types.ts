import { CLAIM_CATALOGUE, type ClaimType } from './catalogue';

/** A claim whose JSON type breaks OIDC Core §5.1 / §2 (e.g. updated_at as a date string). */
export interface TypeIssue {
  readonly claim: string;
  readonly expected: ClaimType;
  readonly actual: string;
  readonly sentence: string;
}

/** Times in JWTs are NumericDate: seconds since the epoch (RFC 7519 §2). */
export const TIME_CLAIMS = ['iat', 'exp', 'nbf', 'auth_time', 'updated_at'] as const;

const EXPECTED: Record<string, ClaimType> = {
  ...Object.fromEntries(CLAIM_CATALOGUE.map((c) => [c.name, c.type])),
  iat: 'number',
  exp: 'number',
  nbf: 'number',
};

export function checkClaimTypes(claims: Readonly<Record<string, unknown>>): TypeIssue[] {
  const issues: TypeIssue[] = [];
  for (const [claim, value] of Object.entries(claims)) {
    const expected = EXPECTED[claim];
    if (!expected) continue;
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    if (actual === expected) continue;
    const hint = (TIME_CLAIMS as readonly string[]).includes(claim)
      ? ' OIDC Core wants seconds since 1970 as a number; a date string breaks clients that compare times.'
      : '';
    issues.push({ claim, expected, actual, sentence: `${claim} should be a ${expected} but is a ${actual}.${hint}` });
  }
  return issues;
}

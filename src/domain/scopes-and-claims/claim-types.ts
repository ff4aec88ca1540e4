import { CLAIM_CATALOGUE } from './catalogue';
import { findRegisteredClaim } from './registered-claims';

/** The JSON type of a value as it came over the wire. */
export type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** A claim whose JSON type breaks OIDC Core §2 / §5.1 (e.g. updated_at as a date string). */
export interface TypeIssue {
  readonly claim: string;
  readonly expected: JsonType;
  readonly actual: JsonType;
  /** Where the expected type is defined: the claim's registry entry, else OIDC Core §5.1. */
  readonly section: string;
}

/**
 * Expected types: the catalogue's (OIDC Core §5.1), plus the JWT claims of §2. A Map, not an
 * object, so a claim named `constructor` or `__proto__` finds nothing it should not.
 */
const EXPECTED = new Map<string, JsonType>([
  ...CLAIM_CATALOGUE.map((c): [string, JsonType] => [c.name, c.type]),
  ['iat', 'number'],
  ['exp', 'number'],
  ['nbf', 'number'],
  ['nonce', 'string'],
  ['acr', 'string'],
  ['amr', 'array'],
  ['azp', 'string'],
  ['at_hash', 'string'],
  ['c_hash', 'string'],
  ['s_hash', 'string'],
  ['cnf', 'object'],
  ['events', 'object'],
  ['jti', 'string'],
  ['sid', 'string'],
  // OIDC Core §2: aud is a string, or an array of strings when there are several audiences.
  ['aud', 'string'],
]);

/** Flags every claim whose value has the wrong JSON type; claims OIDC does not define are not judged. */
export function checkClaimTypes(claims: Readonly<Record<string, unknown>>): TypeIssue[] {
  const issues: TypeIssue[] = [];
  for (const [claim, value] of Object.entries(claims)) {
    const expected = EXPECTED.get(claim);
    if (!expected) continue;
    const actual = jsonTypeOf(value);
    if (actual === expected || (claim === 'aud' && isStringArray(value))) continue;
    issues.push({ claim, expected, actual, section: findRegisteredClaim(claim)?.spec.label ?? 'OIDC Core §5.1' });
  }
  return issues;
}

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import type { ScopeOutcome } from '../scopes-and-claims/resolve-scopes';

/** The parts of a run a comparison looks at. */
export interface RunSnapshot {
  readonly scopes: Readonly<Record<string, ScopeOutcome>>;
  readonly claims: Readonly<Record<ClaimTarget, Readonly<Record<string, unknown>>>>;
  readonly error: string | undefined;
}

export type ClaimChange =
  | { change: 'added'; claim: string; after: unknown }
  | { change: 'removed'; claim: string; before: unknown }
  | { change: 'changed'; claim: string; before: unknown; after: unknown };

export interface ScopeChange {
  readonly scope: string;
  readonly before: ScopeOutcome | 'not-requested';
  readonly after: ScopeOutcome | 'not-requested';
}

export interface RunDiff {
  readonly scopes: readonly ScopeChange[];
  readonly claims: Readonly<Record<ClaimTarget, readonly ClaimChange[]>>;
  readonly error: { before: string | undefined; after: string | undefined } | undefined;
}

/** Claims that differ on every run (times, one-time values), left out unless asked for. */
const VOLATILE_CLAIMS = ['iat', 'exp', 'nbf', 'auth_time', 'nonce', 'at_hash', 'jti', 'sid'];

/** What changed from one run to another: scope outcomes, and claims per target. */
export function diffRuns(before: RunSnapshot, after: RunSnapshot, options: { includeVolatile?: boolean } = {}): RunDiff {
  const scopeNames = [...new Set([...Object.keys(before.scopes), ...Object.keys(after.scopes)])];
  const scopes = scopeNames
    .map((scope): ScopeChange => ({ scope, before: before.scopes[scope] ?? 'not-requested', after: after.scopes[scope] ?? 'not-requested' }))
    .filter((c) => c.before !== c.after);
  const skip = (claim: string) => !options.includeVolatile && VOLATILE_CLAIMS.includes(claim);
  const claims = {
    id_token: diffClaims(before.claims.id_token, after.claims.id_token, skip),
    userinfo: diffClaims(before.claims.userinfo, after.claims.userinfo, skip),
  };
  const error = before.error !== after.error ? { before: before.error, after: after.error } : undefined;
  return { scopes, claims, error };
}

function diffClaims(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, skip: (claim: string) => boolean): ClaimChange[] {
  const changes: ClaimChange[] = [];
  for (const claim of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (skip(claim)) continue;
    const had = claim in before;
    const has = claim in after;
    if (!had) changes.push({ change: 'added', claim, after: after[claim] });
    else if (!has) changes.push({ change: 'removed', claim, before: before[claim] });
    else if (JSON.stringify(before[claim]) !== JSON.stringify(after[claim])) changes.push({ change: 'changed', claim, before: before[claim], after: after[claim] });
  }
  return changes;
}

export function isEmptyDiff(diff: RunDiff): boolean {
  return diff.scopes.length === 0 && diff.claims.id_token.length === 0 && diff.claims.userinfo.length === 0 && !diff.error;
}

import type { RunSnapshot } from '../flow/diff-runs';
import type { ScenarioExpectation } from './scenarios';
import type { ScopeOutcome } from '../scopes-and-claims/resolve-scopes';

/** What a run showed, reduced to what expectations talk about. */
export type ObservedOutcome = RunSnapshot;

/** One expectation of a scenario, and whether the run met it. */
export interface ScenarioCheck {
  readonly expectation: string;
  readonly passed: boolean;
  /** What the run showed instead, when it failed. */
  readonly mismatch?: string;
}

export type ScenarioVerdict =
  | { outcome: 'matched'; checks: readonly ScenarioCheck[] }
  | { outcome: 'mismatched'; checks: readonly ScenarioCheck[]; mismatches: readonly string[] };

const SCOPE_WORDS: Readonly<Record<ScopeOutcome, string>> = {
  granted: 'granted',
  'dropped-by-policy': 'dropped by the token policy',
  unknown: 'ignored as unknown',
  'ignored-without-consent': 'ignored without prompt=consent (OIDC Core §11)',
};

/** Compares a run with its scenario's expectation, check by check, with one sentence per difference. */
export function checkScenarioOutcome(expected: ScenarioExpectation, observed: ObservedOutcome): ScenarioVerdict {
  const checks: ScenarioCheck[] = [];
  const check = (expectation: string, passed: boolean, mismatch: string) => checks.push(passed ? { expectation, passed } : { expectation, passed, mismatch });

  if (expected.error !== undefined) {
    check(
      `The flow ends with ${expected.error}`,
      observed.error === expected.error,
      observed.error ? `Expected the error ${expected.error}, got ${observed.error}.` : `Expected the error ${expected.error}, but the sign-in succeeded.`,
    );
  } else {
    check('The sign-in succeeds', observed.error === undefined, `Expected a successful sign-in, but it ended with ${observed.error}.`);
  }
  for (const [scope, outcome] of Object.entries(expected.scopes ?? {})) {
    const actual = observed.scopes[scope];
    check(`Scope ${scope} is ${SCOPE_WORDS[outcome]}`, actual === outcome, `Expected scope ${scope} to be ${outcome}, got ${actual ?? 'no verdict'}.`);
  }
  for (const { target, claim, present } of expected.claims ?? []) {
    const isPresent = claim in observed.claims[target];
    check(
      `${claim} is ${present ? 'present in' : 'absent from'} the ${target}`,
      isPresent === present,
      `Expected ${claim} to be ${present ? 'present' : 'absent'} in the ${target}, but it was ${isPresent ? 'present' : 'absent'}.`,
    );
  }
  const mismatches = checks.flatMap((c) => (c.mismatch ? [c.mismatch] : []));
  return mismatches.length === 0 ? { outcome: 'matched', checks } : { outcome: 'mismatched', checks, mismatches };
}

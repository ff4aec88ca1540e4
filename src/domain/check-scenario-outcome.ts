import type { RunSnapshot } from './diff-runs';
import type { ScenarioExpectation } from './scenarios';

/** What a run showed, reduced to what expectations talk about. */
export type ObservedOutcome = RunSnapshot;

export type ScenarioVerdict = { outcome: 'matched'; checked: number } | { outcome: 'mismatched'; mismatches: readonly string[] };

/** Compares a run with its scenario's expectation, one sentence per difference. */
export function checkScenarioOutcome(expected: ScenarioExpectation, observed: ObservedOutcome): ScenarioVerdict {
  const mismatches: string[] = [];
  let checked = 0;
  if (expected.error !== undefined) {
    checked++;
    if (observed.error !== expected.error) {
      mismatches.push(observed.error ? `Expected the error ${expected.error}, got ${observed.error}.` : `Expected the error ${expected.error}, but the sign-in succeeded.`);
    }
  } else if (observed.error !== undefined) {
    mismatches.push(`Expected a successful sign-in, but it ended with ${observed.error}.`);
  }
  for (const [scope, outcome] of Object.entries(expected.scopes ?? {})) {
    checked++;
    const actual = observed.scopes[scope];
    if (actual !== outcome) mismatches.push(`Expected scope ${scope} to be ${outcome}, got ${actual ?? 'no verdict'}.`);
  }
  for (const { target, claim, present } of expected.claims ?? []) {
    checked++;
    const isPresent = claim in observed.claims[target];
    if (isPresent !== present) mismatches.push(`Expected ${claim} to be ${present ? 'present' : 'absent'} in the ${target}, but it was ${isPresent ? 'present' : 'absent'}.`);
  }
  return mismatches.length === 0 ? { outcome: 'matched', checked } : { outcome: 'mismatched', mismatches };
}

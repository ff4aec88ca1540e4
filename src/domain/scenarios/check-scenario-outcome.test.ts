import { describe, expect, it } from 'vitest';
import { checkScenarioOutcome, type ObservedOutcome } from './check-scenario-outcome';
import { SCENARIOS, findScenario } from './scenarios';

const observed = (overrides: Partial<ObservedOutcome>): ObservedOutcome => ({
  scopes: {},
  claims: { id_token: {}, userinfo: {} },
  error: undefined,
  ...overrides,
});

describe('checkScenarioOutcome', () => {
  it('matches when every scope outcome and claim presence is as expected', () => {
    const verdict = checkScenarioOutcome(findScenario('policy-drops-address')!.expected, observed({
      scopes: { openid: 'granted', email: 'granted', address: 'dropped-by-policy' },
      claims: { id_token: {}, userinfo: { sub: 'x', email: 'a@b.c' } },
    }));
    expect(verdict.outcome).toBe('matched');
    expect(verdict.checks).toHaveLength(6);
    expect(verdict.checks.every((c) => c.passed)).toBe(true);
    expect(verdict.checks.map((c) => c.expectation)).toContain('Scope address is dropped by the token policy');
  });

  it('lists every check with pass or fail, not only the failures', () => {
    const verdict = checkScenarioOutcome(
      { scopes: { email: 'granted', address: 'dropped-by-policy' } },
      observed({ scopes: { email: 'granted', address: 'granted' } }),
    );
    expect(verdict.checks.map((c) => [c.expectation, c.passed])).toEqual([
      ['The sign-in succeeds', true],
      ['Scope email is granted', true],
      ['Scope address is dropped by the token policy', false],
    ]);
  });

  it('names a scope whose outcome differs', () => {
    const verdict = checkScenarioOutcome({ scopes: { address: 'dropped-by-policy' } }, observed({ scopes: { address: 'granted' } }));
    expect(verdict).toMatchObject({ outcome: 'mismatched', mismatches: ['Expected scope address to be dropped-by-policy, got granted.'] });
  });

  it('tells a claim that should be absent but arrived', () => {
    const verdict = checkScenarioOutcome(
      { claims: [{ target: 'userinfo', claim: 'address', present: false }] },
      observed({ claims: { id_token: {}, userinfo: { address: {} } } }),
    );
    expect(verdict.outcome).toBe('mismatched');
    expect(verdict.outcome === 'mismatched' && verdict.mismatches[0]).toContain('address to be absent in the userinfo');
  });

  it('expects the error a scenario names, and says when the sign-in succeeded instead', () => {
    expect(checkScenarioOutcome({ error: 'login_required' }, observed({ error: 'login_required' })).outcome).toBe('matched');
    const verdict = checkScenarioOutcome({ error: 'login_required' }, observed({}));
    expect(verdict).toMatchObject({ outcome: 'mismatched', mismatches: ['Expected the error login_required, but the sign-in succeeded.'] });
  });

  it('treats an unexpected error as a mismatch even when nothing else is expected', () => {
    expect(checkScenarioOutcome({}, observed({ error: 'access_denied' })).outcome).toBe('mismatched');
  });
});

describe('the scenario library', () => {
  it('has unique ids and states what each teaches and what to expect', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const scenario of SCENARIOS) {
      expect(scenario.teaches.length).toBeGreaterThan(20);
      expect(scenario.expect.length).toBeGreaterThan(20);
      expect(Object.keys(scenario.expected).length).toBeGreaterThan(0);
    }
  });
});

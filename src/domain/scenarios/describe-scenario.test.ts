import { describe, expect, it } from 'vitest';
import { describeScenario } from './describe-scenario';
import { findScenario } from './scenarios';

describe('describeScenario', () => {
  it('tells apart the three policy scenarios, which send the same request, by their policy', () => {
    const rows = ['policy-allows-both', 'policy-drops-address', 'policy-allows-neither'].map((id) => describeScenario(findScenario(id)!));

    expect(rows.map((settings) => settings.find((s) => s.name === 'scope')?.value)).toEqual(['openid email address', 'openid email address', 'openid email address']);
    const policies = rows.map((settings) => settings.find((s) => s.name === 'policy allows')?.value);
    expect(new Set(policies).size).toBe(3);
    expect(policies[1]).toBe('openid email phone');
  });

  it('names the behaviour, custom claims, prompt and session when a scenario sets them', () => {
    expect(describeScenario(findScenario('next-identity-custom-scope')!)).toContainEqual({ name: 'behaviour', value: 'Next Identity' });
    expect(describeScenario(findScenario('consent-custom-claims')!)).toContainEqual({
      name: 'custom claims',
      value: 'consent_email_marketing consent_ui_preferences consent_personalized_ads',
    });
    expect(describeScenario(findScenario('prompt-none-without-session')!)).toEqual(
      expect.arrayContaining([{ name: 'prompt', value: 'none' }, { name: 'session', value: 'signed out first' }]),
    );
  });
});

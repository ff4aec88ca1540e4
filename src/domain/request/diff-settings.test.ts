import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from './composed-request';
import { diffSettings } from './diff-settings';
import { composeScenario, findScenario } from '../scenarios/scenarios';

describe('diffSettings', () => {
  it('names the token policy as the one difference between scope-table rows 2 and 3', () => {
    const row2 = composeScenario(findScenario('policy-drops-address')!);
    const row3 = composeScenario(findScenario('policy-allows-neither')!);

    expect(diffSettings(row2, row3)).toEqual([{ name: 'policy allows', before: 'openid email phone', after: 'openid profile phone' }]);
  });

  it('shows request parameters that were set in one run and not in the other', () => {
    const changes = diffSettings(DEFAULT_REQUEST, { ...DEFAULT_REQUEST, prompt: 'login', claimsText: '{"userinfo": {"gender": null}}' });

    expect(changes).toEqual([
      { name: 'claims', before: '(not set)', after: '{"userinfo":{"gender":null}}' },
      { name: 'prompt', before: '(not set)', after: 'login' },
    ]);
  });

  it('finds nothing when the two runs were composed alike', () => {
    expect(diffSettings(DEFAULT_REQUEST, { ...DEFAULT_REQUEST })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { inspectState, readInspectHandoff } from './inspect-handoff';

describe('readInspectHandoff', () => {
  it('reads back what the results screen sent', () => {
    const handoff = { token: 'a.b.c', userinfoText: '{"sub":"u"}', scope: 'openid email', claimsText: '', audience: 'playground', now: '2026-01-01T00:00:00Z' };
    expect(readInspectHandoff(inspectState(handoff))).toEqual(handoff);
  });

  it('ignores state that is not a handoff', () => {
    expect(readInspectHandoff(null)).toBeUndefined();
    expect(readInspectHandoff({ idx: 3 })).toBeUndefined();
    expect(readInspectHandoff({ inspect: { token: 42 } })).toBeUndefined();
  });

  it('drops members that are not strings', () => {
    expect(readInspectHandoff({ inspect: { token: 't', scope: ['openid'], now: 5 } })).toEqual({ token: 't' });
  });
});

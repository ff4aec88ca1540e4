import { describe, expect, it } from 'vitest';
import { shouldOfferPath } from './path-offer';

describe('shouldOfferPath', () => {
  it('offers the path on a plain first visit', () => {
    expect(shouldOfferPath({ dismissed: false, search: new URLSearchParams('') })).toBe(true);
  });

  it('never offers it again once dismissed', () => {
    expect(shouldOfferPath({ dismissed: true, search: new URLSearchParams('') })).toBe(false);
  });

  it('never offers it on a permalink, an autostart or a deterministic page', () => {
    for (const query of ['scope=openid', 'autostart=1', 'autologin=1', 'seed=demo', 'clock=2026-01-15T09:30:00Z']) {
      expect(shouldOfferPath({ dismissed: false, search: new URLSearchParams(query) }), query).toBe(false);
    }
  });
});

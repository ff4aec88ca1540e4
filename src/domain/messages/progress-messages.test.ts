import { describe, expect, it } from 'vitest';
import { cancelledWaitText, elapsedText, waitProgressText } from './progress-messages';
import { noValueClaimsText } from './claim-messages';

describe('progress messages', () => {
  it('word the elapsed time for a glance', () => {
    expect(elapsedText(340)).toBe('0.3 s');
    expect(elapsedText(3_260)).toBe('3.3 s');
    expect(elapsedText(12_900)).toBe('12 s');
  });

  it('name the step, and add that the provider is slow only when it is', () => {
    expect(waitProgressText({ outcome: 'waiting', step: 'code-exchange', url: 'x', elapsedMs: 500, slow: false })).toEqual({ step: 'Exchanging the code for tokens…', slow: undefined });
    expect(waitProgressText({ outcome: 'waiting', step: 'verification', url: 'x', elapsedMs: 11_000, slow: true }).slow).toMatch(/^The provider is slow/);
  });

  it('say where a cancelled run stopped', () => {
    expect(cancelledWaitText('verification', 'https://op.example/jwks', 12_000)).toBe(
      'Cancelled after 12 s while waiting for https://op.example/jwks. The run stopped at this step: fetching the provider’s published keys to check the id_token’s signature.',
    );
  });
});

describe('noValueClaimsText', () => {
  it('counts each unset claim once, whether missing from the id_token, userinfo or both', () => {
    expect(noValueClaimsText(['email', 'email', 'phone_number'])).toBe('2 claims this user has no value for: email, phone_number');
  });
});

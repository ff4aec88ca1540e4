import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS, readClientSecret } from './input-limits';

describe('readClientSecret', () => {
  it('reads nothing typed as no secret', () => {
    expect(readClientSecret('')).toEqual({ outcome: 'empty' });
  });

  it('keeps a secret up to the limit as typed, spaces included', () => {
    const longest = 'x'.repeat(INPUT_LIMITS.clientSecretCharacters);
    expect(readClientSecret(' s3cret ')).toEqual({ outcome: 'secret', secret: ' s3cret ' });
    expect(readClientSecret(longest)).toEqual({ outcome: 'secret', secret: longest });
  });

  it('refuses one character more, saying how long it is and what is accepted', () => {
    const typed = 'x'.repeat(1_000_000);
    expect(readClientSecret(typed)).toEqual({
      outcome: 'too-long',
      message: 'The client secret is 1.0 MB; the playground accepts up to 1 kB. Shorten it to continue.',
    });
    expect(readClientSecret('x'.repeat(INPUT_LIMITS.clientSecretCharacters + 1)).outcome).toBe('too-long');
  });
});

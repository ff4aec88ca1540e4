import { describe, expect, it } from 'vitest';
import { logoNotInLinkText, logoProblemText } from './branding-messages';

describe('branding messages', () => {
  it('say what was wrong with a logo, with its size and the limit, and that the current one is kept', () => {
    expect(logoProblemText('big.png', { code: 'too-large', bytes: 150_000, limit: 100_000 })).toBe(
      'big.png is 150 kB; a logo can be up to 100 kB. Choose a smaller file; the current logo is kept.',
    );
    expect(logoProblemText('logo.png', { code: 'not-an-image' })).toMatch(/^logo\.png is not a PNG, JPEG, WebP or SVG image \(its content was checked/);
    expect(logoProblemText('x.svg', { code: 'empty' })).toMatch(/x\.svg is empty/);
  });

  it('say where a logo too large for a link goes', () => {
    expect(logoNotInLinkText(12_345)).toMatch(/13 kB as text\) is too large for a link.*exported JSON file carries the logo/);
  });
});

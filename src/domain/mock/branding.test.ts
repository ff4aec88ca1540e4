import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_PROFILE_IDS } from './behaviour-profile';
import {
  BRANDING_LIMITS,
  EMPTY_BRANDING,
  PROFILE_LOOKS,
  checkLogoBytes,
  checkLogoDataUrl,
  contrastOn,
  logoFitsLink,
  providerLook,
  readAccent,
  reviveBranding,
  sniffLogoType,
} from './branding';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('sniffLogoType', () => {
  it('knows PNG, JPEG and WebP by their signatures', () => {
    expect(sniffLogoType(bytes(...PNG_HEADER))).toBe('image/png');
    expect(sniffLogoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffLogoType(text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
  });

  it('knows an SVG by its root element, after an XML declaration, comments or a doctype', () => {
    expect(sniffLogoType(text(SVG))).toBe('image/svg+xml');
    expect(sniffLogoType(text(`<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n${SVG}`))).toBe('image/svg+xml');
  });

  it('refuses what only pretends by name: HTML, a GIF, a RIFF that is not WebP, text with an svg further in', () => {
    expect(sniffLogoType(text('<html><script>alert(1)</script></html>'))).toBeUndefined();
    expect(sniffLogoType(text('GIF89a\u0001\u0000'))).toBeUndefined();
    expect(sniffLogoType(text('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeUndefined();
    expect(sniffLogoType(text(`<p>hello</p>${SVG}`))).toBeUndefined();
  });
});

describe('checkLogoBytes', () => {
  it('makes a data URL of an accepted image, typed by its bytes', () => {
    const checked = checkLogoBytes(text(SVG));
    expect(checked).toMatchObject({ outcome: 'accepted', mediaType: 'image/svg+xml', bytes: SVG.length });
    if (checked.outcome === 'accepted') expect(atob(checked.dataUrl.split(',')[1] ?? '')).toBe(SVG);
  });

  it('refuses an empty file, a file over 100 kB and a file that is no image', () => {
    expect(checkLogoBytes(bytes())).toEqual({ outcome: 'refused', problem: { code: 'empty' } });
    const big = new Uint8Array(BRANDING_LIMITS.logoBytes + 1);
    big.set(PNG_HEADER);
    expect(checkLogoBytes(big)).toEqual({ outcome: 'refused', problem: { code: 'too-large', bytes: 100_001, limit: 100_000 } });
    expect(checkLogoBytes(text('just text'))).toEqual({ outcome: 'refused', problem: { code: 'not-an-image' } });
  });

  it('accepts a logo of exactly the limit', () => {
    const limit = new Uint8Array(BRANDING_LIMITS.logoBytes);
    limit.set(PNG_HEADER);
    expect(checkLogoBytes(limit).outcome).toBe('accepted');
  });
});

describe('checkLogoDataUrl', () => {
  it('accepts the data URL checkLogoBytes made', () => {
    const made = checkLogoBytes(bytes(...PNG_HEADER));
    expect(made.outcome).toBe('accepted');
    if (made.outcome === 'accepted') expect(checkLogoDataUrl(made.dataUrl)).toEqual(made);
  });

  it('refuses another scheme, another media type, and a type the bytes contradict', () => {
    expect(checkLogoDataUrl('javascript:alert(1)').outcome).toBe('refused');
    expect(checkLogoDataUrl(`data:text/html;base64,${btoa('<script>alert(1)</script>')}`).outcome).toBe('refused');
    expect(checkLogoDataUrl(`data:image/png;base64,${btoa(SVG)}`)).toEqual({ outcome: 'refused', problem: { code: 'not-an-image' } });
    expect(checkLogoDataUrl('data:image/png;base64,!!!').outcome).toBe('refused');
  });
});

describe('providerLook', () => {
  it('gives each profile a neutral look named after it when nothing is set', () => {
    for (const profile of BEHAVIOUR_PROFILE_IDS) {
      const look = providerLook(EMPTY_BRANDING, profile);
      expect(look).toMatchObject({ providerName: PROFILE_LOOKS[profile].providerName, accent: PROFILE_LOOKS[profile].accent, clientName: undefined, branded: false });
      expect(look.logo).toBeUndefined();
    }
    expect(new Set(Object.values(PROFILE_LOOKS).map((look) => look.accent)).size).toBe(BEHAVIOUR_PROFILE_IDS.length);
  });

  it('uses what was set, and drops a logo that fails its checks', () => {
    const logo = `data:image/svg+xml;base64,${btoa(SVG)}`;
    const look = providerLook({ providerName: ' Acme ID ', accent: '#FFCC00', clientName: 'Acme Shop', logo }, 'oidc-core');
    expect(look).toEqual({ providerName: 'Acme ID', accent: '#ffcc00', onAccent: '#000000', clientName: 'Acme Shop', logo, branded: true });
    expect(providerLook({ ...EMPTY_BRANDING, logo: 'data:text/html;base64,PGI+' }, 'oidc-core').logo).toBeUndefined();
  });
});

describe('accent colour', () => {
  it('reads #rrggbb only', () => {
    expect(readAccent('#1A2b3C')).toBe('#1a2b3c');
    expect(readAccent('red')).toBeUndefined();
    expect(readAccent('#123')).toBeUndefined();
    expect(readAccent('#123456;background:url(x)')).toBeUndefined();
  });

  it('picks the text colour with the higher contrast', () => {
    expect(contrastOn('#ffffff')).toBe('#000000');
    expect(contrastOn('#000000')).toBe('#ffffff');
    expect(contrastOn('#1f5f8b')).toBe('#ffffff');
    expect(contrastOn('#ffcc00')).toBe('#000000');
  });
});

describe('reviveBranding', () => {
  it('keeps valid fields and empties the rest', () => {
    expect(reviveBranding({ providerName: 'x'.repeat(80), accent: 'blue', clientName: 3, logo: 'data:image/png;base64,AAAA' })).toEqual({
      providerName: 'x'.repeat(BRANDING_LIMITS.nameCharacters),
      accent: '',
      clientName: '',
      logo: '',
    });
    expect(reviveBranding(null)).toEqual(EMPTY_BRANDING);
  });
});

describe('logoFitsLink', () => {
  it('says whether a logo is short enough for a permalink', () => {
    expect(logoFitsLink('a'.repeat(BRANDING_LIMITS.logoLinkCharacters))).toBe(true);
    expect(logoFitsLink('a'.repeat(BRANDING_LIMITS.logoLinkCharacters + 1))).toBe(false);
  });
});

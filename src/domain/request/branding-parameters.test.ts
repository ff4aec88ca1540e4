import { describe, expect, it } from 'vitest';
import { BRANDING_LIMITS, EMPTY_BRANDING } from '../mock/branding';
import { DEFAULT_REQUEST, type ComposedRequest } from './composed-request';
import { permalink } from './permalink';
import { readUrlParameters } from './url-parameters';

const SVG_LOGO = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')}`;
const branded = (branding: Partial<typeof EMPTY_BRANDING>): ComposedRequest => ({
  ...DEFAULT_REQUEST,
  mock: { ...DEFAULT_REQUEST.mock, branding: { ...EMPTY_BRANDING, ...branding } },
});

describe('branding in a permalink', () => {
  it('round-trips name, colour, client name and a small logo', () => {
    const request = branded({ providerName: 'Acme ID', accent: '#aa3300', clientName: 'Acme Shop', logo: SVG_LOGO });
    const link = new URL(permalink('https://play.example/', request));
    expect(readUrlParameters(link.searchParams)?.request.mock.branding).toEqual(request.mock.branding);
  });

  it('leaves out a logo too large for a link and keeps the rest', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><desc>${'x'.repeat(BRANDING_LIMITS.logoLinkCharacters)}</desc></svg>`;
    const logo = `data:image/svg+xml;base64,${btoa(svg)}`;
    const link = new URL(permalink('https://play.example/', branded({ providerName: 'Acme ID', logo })));
    expect(link.searchParams.has('brand_logo')).toBe(false);
    expect(link.searchParams.get('brand_name')).toBe('Acme ID');
  });

  it('writes nothing for the neutral look', () => {
    const link = new URL(permalink('https://play.example/', DEFAULT_REQUEST));
    expect([...link.searchParams.keys()].filter((k) => k.startsWith('brand') || k === 'client_name')).toEqual([]);
  });

  it('refuses a crafted logo or colour, says so, and keeps the neutral look', () => {
    const search = new URLSearchParams({ brand_logo: 'data:text/html;base64,PHNjcmlwdD4=', brand_accent: 'red;x:y', brand_name: 'Acme' });
    const read = readUrlParameters(search);
    expect(read?.request.mock.branding).toEqual({ ...EMPTY_BRANDING, providerName: 'Acme' });
    expect(read?.problems).toEqual([
      'brand_accent="red;x:y" is not a colour such as #1f5f8b; using the profile\'s colour.',
      'brand_logo is not a PNG, JPEG, WebP or SVG image of up to 100 kB as a data URL; the pages are shown without a logo.',
    ]);
  });
});

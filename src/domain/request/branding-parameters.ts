import { EMPTY_BRANDING, checkLogoDataUrl, logoFitsLink, readAccent, readDisplayName, type MockBranding } from '../mock/branding';

/** The URL parameters of the mock's branding (README, "Automation contract"). */
export const BRANDING_PARAMETERS = ['brand_name', 'brand_accent', 'client_name', 'brand_logo'] as const;

/**
 * Branding from a link. A value that fails its check is left out and said in `problems`, so the
 * page shows the neutral look rather than whatever a crafted link carried.
 */
export function readBrandingParameters(search: URLSearchParams, problems: string[]): MockBranding {
  const accentText = search.get('brand_accent');
  const accent = accentText === null ? '' : readAccent(accentText);
  if (accent === undefined) problems.push(`brand_accent="${accentText}" is not a colour such as #1f5f8b; using the profile's colour.`);
  const logoText = search.get('brand_logo');
  const logo = logoText === null || logoText === '' ? undefined : checkLogoDataUrl(logoText);
  if (logo?.outcome === 'refused') {
    problems.push('brand_logo is not a PNG, JPEG, WebP or SVG image of up to 100 kB as a data URL; the pages are shown without a logo.');
  }
  return {
    ...EMPTY_BRANDING,
    providerName: readDisplayName(search.get('brand_name') ?? ''),
    accent: accent ?? '',
    clientName: readDisplayName(search.get('client_name') ?? ''),
    logo: logo?.outcome === 'accepted' ? logo.dataUrl : '',
  };
}

/** Writes the branding into a link; a logo too large for a link stays out (the share panel says so). */
export function writeBrandingParameters(branding: MockBranding, set: (name: string, value: string) => void): void {
  set('brand_name', branding.providerName);
  set('brand_accent', branding.accent);
  set('client_name', branding.clientName);
  if (logoFitsLink(branding.logo)) set('brand_logo', branding.logo);
}

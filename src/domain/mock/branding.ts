import { BEHAVIOUR_PROFILES, type BehaviourProfile } from './behaviour-profile';

/**
 * How the mock's own pages (login, end-session, its error pages) look, so a demo can resemble the
 * customer's provider. Empty fields fall back to the behaviour profile's neutral look: no third-party
 * name, colour or logo ships with the playground.
 */
export interface MockBranding {
  /** The provider's display name in the page header (empty: the profile's neutral name). */
  readonly providerName: string;
  /** The accent colour, `#rrggbb` (empty: the profile's neutral colour). */
  readonly accent: string;
  /** The client's display name on the login page (empty: none; the page names the client by its ID). */
  readonly clientName: string;
  /** The logo as a `data:` URL whose bytes passed checkLogoBytes (empty: no logo). */
  readonly logo: string;
}

export const EMPTY_BRANDING: MockBranding = { providerName: '', accent: '', clientName: '', logo: '' };

export const BRANDING_LIMITS = {
  /** A display name in a page header: longer ones wrap badly on a phone. */
  nameCharacters: 60,
  /** A logo file: big enough for any header logo, small enough for local storage and an export. */
  logoBytes: 100_000,
  /**
   * A logo's data URL that still fits a permalink: browsers and chat tools cope with links of a few
   * kilobytes; a bigger logo goes in the exported file only (logoFitsLink).
   */
  logoLinkCharacters: 3_000,
} as const;

export type LogoMediaType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/svg+xml';
export const LOGO_MEDIA_TYPES: readonly LogoMediaType[] = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'];

export type LogoProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly code: 'not-an-image' }
  | { readonly code: 'not-a-data-url' };

export type LogoCheck =
  | { readonly outcome: 'accepted'; readonly mediaType: LogoMediaType; readonly dataUrl: string; readonly bytes: number }
  | { readonly outcome: 'refused'; readonly problem: LogoProblem };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];
/** An SVG document: optional BOM, XML declaration, comments and doctype, then the <svg> root element. */
const SVG_START = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE\s+svg[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>/]/i;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

/**
 * The image type a file's bytes say it is, whatever its name claims: the signatures of PNG, JPEG
 * and WebP (RIFF….WEBP), or text whose root element is <svg>. Anything else is undefined.
 */
export function sniffLogoType(bytes: Uint8Array): LogoMediaType | undefined {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (bytes.includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return SVG_START.test(text) ? 'image/svg+xml' : undefined;
}

/**
 * Checks a chosen logo file by its bytes and makes the data URL the pages show. The page shows it
 * only through <img>, where an SVG runs no script and loads nothing; that is what makes an SVG safe,
 * not anything checked here.
 */
export function checkLogoBytes(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return refused({ code: 'empty' });
  if (bytes.length > BRANDING_LIMITS.logoBytes) return refused({ code: 'too-large', bytes: bytes.length, limit: BRANDING_LIMITS.logoBytes });
  const mediaType = sniffLogoType(bytes);
  if (!mediaType) return refused({ code: 'not-an-image' });
  return { outcome: 'accepted', mediaType, dataUrl: `data:${mediaType};base64,${toBase64(bytes)}`, bytes: bytes.length };
}

/**
 * Reads a logo that arrived as a data URL (a link, an imported file, local storage): it gets the
 * same checks as a chosen file, so a crafted link cannot smuggle `data:text/html` or an oversized
 * image in.
 */
export function checkLogoDataUrl(text: string): LogoCheck {
  const match = /^data:(image\/(?:png|jpeg|webp|svg\+xml));base64,([A-Za-z0-9+/]*={0,2})$/.exec(text.trim());
  const [, declared, base64] = match ?? [];
  if (declared === undefined || base64 === undefined) return refused({ code: 'not-a-data-url' });
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    return refused({ code: 'not-a-data-url' });
  }
  const checked = checkLogoBytes(bytes);
  // The declared type must be the one the bytes have: the browser trusts the declared one.
  if (checked.outcome === 'accepted' && checked.mediaType !== declared) return refused({ code: 'not-an-image' });
  return checked;
}

/** Whether a logo is short enough to travel in a permalink (BRANDING_LIMITS.logoLinkCharacters). */
export function logoFitsLink(logo: string): boolean {
  return logo.length <= BRANDING_LIMITS.logoLinkCharacters;
}

/** `#rrggbb`, the form `<input type="color">` gives, in lower case; anything else is undefined. */
export function readAccent(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  return /^#[0-9a-f]{6}$/.test(trimmed) ? trimmed : undefined;
}

/** A display name as the pages take it: trimmed, control characters out, cut at the limit. */
export function readDisplayName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, BRANDING_LIMITS.nameCharacters);
}

/** Each profile's neutral look: named after the profile, in a colour of its own, no logo. */
export const PROFILE_LOOKS: Record<BehaviourProfile, { readonly providerName: string; readonly accent: string }> = {
  'hosted-login': { providerName: `Mock ${BEHAVIOUR_PROFILES['hosted-login'].label}`, accent: '#1f5f8b' },
  'next-identity': { providerName: `Mock ${BEHAVIOUR_PROFILES['next-identity'].label}`, accent: '#5b3f8f' },
  'oidc-core': { providerName: `Mock ${BEHAVIOUR_PROFILES['oidc-core'].label} provider`, accent: '#2e6b45' },
};

/** What the mock's pages show: every field resolved, the text colour chosen for contrast on the accent. */
export interface ProviderLook {
  readonly providerName: string;
  readonly accent: string;
  /** Black or white, whichever reads better on the accent (WCAG relative luminance). */
  readonly onAccent: '#000000' | '#ffffff';
  /** Undefined when none is set: the page then names the client once, by its ID, rather than twice. */
  readonly clientName: string | undefined;
  readonly logo: string | undefined;
  /** Whether anything was set, or this is the profile's neutral look. */
  readonly branded: boolean;
}

export function providerLook(branding: MockBranding, behaviour: BehaviourProfile): ProviderLook {
  const neutral = PROFILE_LOOKS[behaviour];
  const accent = readAccent(branding.accent) ?? neutral.accent;
  const logo = branding.logo !== '' && checkLogoDataUrl(branding.logo).outcome === 'accepted' ? branding.logo : undefined;
  const providerName = readDisplayName(branding.providerName);
  const clientName = readDisplayName(branding.clientName);
  return {
    providerName: providerName || neutral.providerName,
    accent,
    onAccent: contrastOn(accent),
    clientName: clientName || undefined,
    logo,
    branded: providerName !== '' || clientName !== '' || logo !== undefined || readAccent(branding.accent) !== undefined,
  };
}

/**
 * WCAG 2.2 relative luminance, then the text colour with the higher contrast ratio.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */
export function contrastOn(accent: string): '#000000' | '#ffffff' {
  const channel = (hex: string) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(accent.slice(1, 3)) + 0.7152 * channel(accent.slice(3, 5)) + 0.0722 * channel(accent.slice(5, 7));
  // Contrast with white is 1.05 / (l + 0.05); with black (l + 0.05) / 0.05. Equal at l ≈ 0.179.
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Reads stored or imported branding field by field; a logo that fails its checks is dropped. */
export function reviveBranding(value: unknown): MockBranding {
  if (typeof value !== 'object' || value === null) return EMPTY_BRANDING;
  const stored = value as Partial<Record<keyof MockBranding, unknown>>;
  const text = (key: keyof MockBranding) => (typeof stored[key] === 'string' ? stored[key] : '');
  return {
    providerName: readDisplayName(text('providerName')),
    accent: readAccent(text('accent')) ?? '',
    clientName: readDisplayName(text('clientName')),
    logo: checkLogoDataUrl(text('logo')).outcome === 'accepted' ? text('logo') : '',
  };
}

function refused(problem: LogoProblem): LogoCheck {
  return { outcome: 'refused', problem };
}

// btoa and atob are the platform's base64 (browsers and Node alike); they take binary strings.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

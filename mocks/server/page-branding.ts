import { EMPTY_BRANDING, providerLook, reviveBranding, type ProviderLook } from '../../src/domain/mock/branding';
import { continueToClientText, logoAltText } from '../../src/domain/messages';
import type { ProviderSettings } from '../provider/settings';
import { escapeHtml } from './html-escape';

/**
 * The server's pages carry the same branding as the playground's mock pages (provider name, accent,
 * logo, client name), read from the options file's `request.mock.branding` (the Export JSON format)
 * or set through the control API, and resolved by the same rule (providerLook): empty fields fall
 * back to the behaviour profile's neutral look.
 */
export function serverLook(settings: Pick<ProviderSettings, 'branding' | 'behaviour'>): ProviderLook {
  // Revived again here: settings set through the control API have not passed the file's checks.
  return providerLook(reviveBranding(settings.branding), settings.behaviour);
}

/** The look of a server started without branding: the default profile's neutral look. */
export const NEUTRAL_LOOK: ProviderLook = serverLook({ branding: EMPTY_BRANDING, behaviour: 'hosted-login' });

/**
 * The accent as CSS variables. Both values are safe in a style sheet by construction: the accent
 * passed readAccent (`#rrggbb` only) and the text colour is one of two constants.
 */
export function brandStyle(look: ProviderLook): string {
  return `:root{--brand-accent:${look.accent};--brand-on-accent:${look.onAccent}}`;
}

/**
 * The page header: the logo, the provider's name and, when one is set, the client's display name.
 * The logo is a `data:` URL whose bytes passed checkLogoDataUrl, shown only as an <img>: an SVG
 * there runs no script and loads nothing, and the pages' CSP allows images from `data:` only.
 */
export function brandHeader(look: ProviderLook): string {
  const logo = look.logo ? `<img class="logo" src="${escapeHtml(look.logo)}" alt="${escapeHtml(logoAltText(look.providerName))}">` : '';
  const client = look.clientName ? `<span class="client">${escapeHtml(continueToClientText(look.clientName))}</span>` : '';
  return `<header class="brand">${logo}<span class="name">${escapeHtml(look.providerName)}</span>${client}</header>`;
}

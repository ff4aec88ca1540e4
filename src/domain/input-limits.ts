import { describeSize } from './json-limits';

/**
 * How much a person can compose. Far above any real request (a claims request of a few hundred
 * bytes, a handful of scopes), low enough that the compose screen stays responsive as it re-checks
 * everything on each keystroke, and that a hostile import cannot freeze the page.
 */
export const INPUT_LIMITS = {
  claimsCharacters: 20_000,
  scopes: 50,
  customParameterLines: 50,
  /** One optional authorize parameter (login_hint, acr_values, …): it travels in the authorize URL. */
  parameterCharacters: 2_000,
  /** An imported configuration file. */
  importCharacters: 200_000,
} as const;

/** A message for text over its limit, said where it was typed or imported. */
export function overLimitMessage(what: string, characters: number, limit: number): string {
  return `${what} is ${describeSize(characters)}; the playground accepts up to ${describeSize(limit)}. Shorten it to continue.`;
}

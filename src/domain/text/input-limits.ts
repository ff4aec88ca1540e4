import { describeSize } from './describe-size';

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
  /**
   * A client secret: it travels in one Authorization header or form field. Providers issue secrets of
   * 32 to 128 characters; a header of tens of kilobytes is refused by most servers.
   */
  clientSecretCharacters: 1_000,
} as const;

/** A message for text over its limit, said where it was typed or imported. */
export function overLimitMessage(what: string, characters: number, limit: number): string {
  return `${what} is ${describeSize(characters)}; the playground accepts up to ${describeSize(limit)}. Shorten it to continue.`;
}

/** What a typed client secret amounts to: nothing, a secret to keep, or text over the limit (not kept). */
export type TypedClientSecret =
  | { readonly outcome: 'empty' }
  | { readonly outcome: 'secret'; readonly secret: string }
  | { readonly outcome: 'too-long'; readonly message: string };

export function readClientSecret(typed: string): TypedClientSecret {
  if (typed === '') return { outcome: 'empty' };
  if (typed.length > INPUT_LIMITS.clientSecretCharacters) {
    return { outcome: 'too-long', message: overLimitMessage('The client secret', typed.length, INPUT_LIMITS.clientSecretCharacters) };
  }
  return { outcome: 'secret', secret: typed };
}

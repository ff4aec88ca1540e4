/** Sentences of the catalogue page (`/catalogue`). */

/**
 * The openid scope's row: iss, aud, auth_time and the other protocol claims are set by the
 * provider in every id_token (OIDC Core §2), not carried by the scope.
 */
export const PROTOCOL_CLAIMS_NOTE =
  'iss, aud, exp, iat, auth_time, nonce and the other protocol claims: set by the provider in every id_token (OIDC Core §2), not carried by a scope.';

/** The profile attribute cell of a standard claim the profile in use does not release. */
export function claimNotReleasedText(provider: string): string {
  return `not released by ${provider}`;
}

/** The profile attribute cell of a claim the profile in use maps no attribute to. */
export function claimUnmappedText(provider: string): string {
  return `no attribute under ${provider}, so it never has a value`;
}

/** The line above the catalogue: whose rules it shows. */
export function catalogueProfileText(provider: string | undefined): string {
  return provider
    ? `As the mock’s ${provider} profile releases them; OIDC Core §5.4 lists 14 claims for profile.`
    : 'As OIDC Core §5.4 lists them; a real provider may release fewer.';
}

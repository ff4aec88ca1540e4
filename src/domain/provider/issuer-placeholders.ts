/**
 * Whether an issuer URL still holds a provider template's `<placeholders>` (provider-templates.ts),
 * which the user must replace before anything is fetched. Its own module: the compose screen's check
 * needs this test, not the templates (issue 29: the first route of `/` carries only what its first
 * paint uses).
 */
export function hasPlaceholders(issuer: string): boolean {
  return /<[^>]+>/.test(issuer);
}

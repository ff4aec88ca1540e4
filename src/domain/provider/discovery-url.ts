/**
 * Where an issuer publishes its discovery document: the issuer with any trailing slash removed,
 * then `/.well-known/openid-configuration`
 * (https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfigurationRequest).
 * Its own module: the mock provider's settings on the compose screen need the address, not the
 * document's parser (issue 29: the first route of `/` carries only what its first paint uses).
 */
export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}

/**
 * The built-in mock's issuer identifier.
 *
 * Normally it is where the mock lives: `<origin><base>mock-op`. In deterministic mode (a seed or a
 * fixed clock) what the mock issues must not depend on the origin that serves the app — a team whose
 * local server and CI differ in port must get the same id_token, byte for byte, signature included.
 * So in that mode the mock names itself with a fixed, origin-free identifier on a `.invalid` host,
 * which can never resolve (RFC 2606 §2, https://www.rfc-editor.org/rfc/rfc2606#section-2): nothing
 * can ever answer for it but the mock.
 *
 * Only the identifier is fixed. The mock's discovery document, token, userinfo and JWKS endpoints
 * stay at `<origin><base>mock-op/…` (the service worker answers there), and the discovery document
 * names the fixed identifier as its `issuer`, which the id_token's `iss` then carries (OIDC Discovery
 * §4.3, https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfigurationValidation:
 * the document's issuer and the tokens' iss are the same value). The playground asks for the document
 * expecting exactly that identifier, so its own issuer checks are the usual ones. The one difference
 * from a real provider — the document is fetched from the mock's location, not from
 * `<issuer>/.well-known/…` — is the app's own arrangement with its own mock: a real provider's issuer
 * is always fetched where it says it is.
 */
export const DETERMINISTIC_MOCK_ISSUER = 'https://mock-op.playground.invalid';

/** Whether deterministic mode is on: a seed or a fixed clock (empty strings mean off). */
export function isDeterministic(mock: { readonly seed: string; readonly clock: string }): boolean {
  return mock.seed.trim() !== '' || mock.clock.trim() !== '';
}

/** The identifier the mock issues tokens under: its location, or the fixed one in deterministic mode. */
export function mockIssuerIdentifier(location: string, deterministic: boolean): string {
  return deterministic ? DETERMINISTIC_MOCK_ISSUER : location;
}

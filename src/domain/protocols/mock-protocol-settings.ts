/**
 * The mock's own protocol settings (its client settings and token format), beside the switches of
 * the request: what the provider requires or issues, not how the client sends. Carried by the
 * composed request's mock settings, a permalink and the configuration file; never a secret.
 */
export interface MockProtocolSettings {
  /** RFC 9126 §6 (client metadata require_pushed_authorization_requests): a request in the URL is refused. */
  readonly requirePar: boolean;
  /** RFC 9068: access tokens are JWTs typed at+jwt, signed with the provider's key. */
  readonly jwtAccessTokens: boolean;
}

export type MockProtocolSetting = keyof MockProtocolSettings;

export const MOCK_PROTOCOL_SETTINGS: readonly MockProtocolSetting[] = ['requirePar', 'jwtAccessTokens'];

export const DEFAULT_MOCK_PROTOCOL_SETTINGS: MockProtocolSettings = { requirePar: false, jwtAccessTokens: false };

/** Reads stored or imported settings back, one at a time; anything but `true` is off. */
export function reviveMockProtocolSettings(value: unknown): MockProtocolSettings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { requirePar: stored.requirePar === true, jwtAccessTokens: stored.jwtAccessTokens === true };
}

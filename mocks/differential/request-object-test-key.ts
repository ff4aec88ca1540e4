/**
 * A published ES256 test key for request objects (RFC 9101) in the differential battery: the mock's
 * client settings and oidc-provider's client registration (REQUEST_OBJECT_TEST_PUBLIC_JWK in
 * e2e/support/real-provider.ts) both hold its public half. Loopback tests only; it protects nothing.
 */
export const REQUEST_OBJECT_TEST_JWK = {
  kty: 'EC',
  crv: 'P-256',
  x: 's4uxCPv8IoB1cAcwGRboGjuKh6DojrxAf_7f4QQ-9x0',
  y: 'ThWsScZ_qGsZIGgW4qnm0i9wLs1D1Z1QKnvECwkt0IM',
  d: 'AjJheEb1WEBfXDr02sIuucmj-FxwPDYW_JEl4v-64Jc',
} as const;

/** The public half, as a client registration holds it. */
export const REQUEST_OBJECT_TEST_PUBLIC_JWK = { kty: 'EC', crv: 'P-256', x: REQUEST_OBJECT_TEST_JWK.x, y: REQUEST_OBJECT_TEST_JWK.y, alg: 'ES256', use: 'sig' } as const;

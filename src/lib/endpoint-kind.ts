export type EndpointKind = 'discovery' | 'userinfo' | 'token' | 'jwks' | 'introspection' | 'other';

/**
 * Which provider endpoint a recorded URL is, from its path alone: a failure can happen before the
 * discovery document is known, so the names providers commonly use are the evidence.
 */
export function endpointKind(url: string): EndpointKind {
  const path = new URL(url).pathname;
  if (path.endsWith('/.well-known/openid-configuration')) return 'discovery';
  if (/userinfo/i.test(path)) return 'userinfo';
  if (/token$/i.test(path)) return 'token';
  if (/jwks|certs|keys/i.test(path)) return 'jwks';
  if (/introspect/i.test(path)) return 'introspection';
  return 'other';
}

import { isPlainObject } from './parse-claims-request';

/** The members of an OpenID Provider's discovery document the playground reads (OIDC Discovery §3). */
export interface DiscoveryDocument {
  readonly issuer: string;
  readonly authorization_endpoint: string;
  readonly token_endpoint?: string;
  readonly userinfo_endpoint?: string;
  readonly jwks_uri?: string;
  readonly end_session_endpoint?: string;
  readonly introspection_endpoint?: string;
  readonly revocation_endpoint?: string;
  readonly scopes_supported?: readonly string[];
  readonly claims_supported?: readonly string[];
  readonly claims_parameter_supported?: boolean;
  readonly prompt_values_supported?: readonly string[];
  readonly response_types_supported?: readonly string[];
  readonly code_challenge_methods_supported?: readonly string[];
  readonly id_token_signing_alg_values_supported?: readonly string[];
  readonly token_endpoint_auth_methods_supported?: readonly string[];
}

export type DiscoveryParse =
  | { outcome: 'valid'; document: DiscoveryDocument }
  | { outcome: 'not-json'; message: string }
  | { outcome: 'invalid'; message: string }
  | { outcome: 'issuer-mismatch'; message: string };

/** Reads a discovery response body; the issuer inside must be exactly the one asked for (OIDC Discovery §4.3). */
export function parseDiscoveryDocument(text: string, expectedIssuer: string): DiscoveryParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { outcome: 'not-json', message: `The discovery URL did not answer with JSON (it starts with "${text.slice(0, 40)}"). Check the issuer URL: it is usually the part before /.well-known/openid-configuration.` };
  }
  if (!isPlainObject(parsed)) return { outcome: 'invalid', message: 'The discovery document is not a JSON object.' };
  if (typeof parsed.issuer !== 'string') return { outcome: 'invalid', message: 'The discovery document has no "issuer".' };
  if (typeof parsed.authorization_endpoint !== 'string') return { outcome: 'invalid', message: 'The discovery document has no "authorization_endpoint".' };
  if (parsed.issuer !== expectedIssuer) {
    return {
      outcome: 'issuer-mismatch',
      message: `The document says its issuer is "${parsed.issuer}", not "${expectedIssuer}". Use exactly "${parsed.issuer}" as the issuer URL (tokens will carry that value in iss).`,
    };
  }
  return { outcome: 'valid', document: parsed as unknown as DiscoveryDocument };
}

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}

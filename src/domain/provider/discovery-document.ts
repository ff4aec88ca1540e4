import { isPlainObject } from '../text/json-values.ts';
import { checkProviderUrl, type UrlRuleOptions } from './provider-url.ts';

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
  /** OIDC Discovery §3 (omitted: query and fragment) and RFC 8414 §2 (omitted: authorization_code and implicit). */
  readonly response_modes_supported?: readonly string[];
  readonly grant_types_supported?: readonly string[];
  readonly code_challenge_methods_supported?: readonly string[];
  readonly id_token_signing_alg_values_supported?: readonly string[];
  readonly token_endpoint_auth_methods_supported?: readonly string[];
  /** RFC 9126 §5: where authorization requests are pushed, and whether they must be. */
  readonly pushed_authorization_request_endpoint?: string;
  readonly require_pushed_authorization_requests?: boolean;
  /** RFC 9449 §5.1: the algorithms the provider accepts for DPoP proofs. */
  readonly dpop_signing_alg_values_supported?: readonly string[];
  /** RFC 9207 §3. */
  readonly authorization_response_iss_parameter_supported?: boolean;
  /** RFC 9101 §10.1 and OIDC Discovery §3: request objects by value, and their signing algorithms. */
  readonly request_parameter_supported?: boolean;
  readonly request_object_signing_alg_values_supported?: readonly string[];
}

export type DiscoveryParse =
  | { outcome: 'valid'; document: DiscoveryDocument }
  | { outcome: 'not-json'; message: string }
  | { outcome: 'invalid'; message: string }
  | { outcome: 'unsafe-url'; member: string; message: string }
  | { outcome: 'issuer-mismatch'; message: string };

/**
 * Every member of a discovery document that holds a URL the playground may navigate to or fetch
 * (OIDC Discovery §3, RFC 8414 §2, RP-Initiated Logout §2.1, RFC 7662, RFC 7009, RFC 9126, RFC 8628).
 * Each is checked with the one URL rule before anything uses it.
 */
export const DISCOVERY_URL_MEMBERS = [
  'issuer',
  'authorization_endpoint',
  'token_endpoint',
  'userinfo_endpoint',
  'jwks_uri',
  'end_session_endpoint',
  'introspection_endpoint',
  'revocation_endpoint',
  'registration_endpoint',
  'check_session_iframe',
  'pushed_authorization_request_endpoint',
  'device_authorization_endpoint',
  'backchannel_authentication_endpoint',
  'service_documentation',
  'op_policy_uri',
  'op_tos_uri',
] as const;

/** Reads a discovery response body; the issuer inside must be exactly the one asked for (OIDC Discovery §4.3). */
export function parseDiscoveryDocument(text: string, expectedIssuer: string, urlRule: UrlRuleOptions = {}): DiscoveryParse {
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
  const unsafe = findUnsafeUrl(parsed, urlRule);
  if (unsafe) return unsafe;
  return { outcome: 'valid', document: parsed as unknown as DiscoveryDocument };
}

/** The first URL member that breaks the URL rule, as a refusal naming the member and its value. */
export function findUnsafeUrl(document: Record<string, unknown>, urlRule: UrlRuleOptions = {}): Extract<DiscoveryParse, { outcome: 'unsafe-url' }> | undefined {
  for (const member of DISCOVERY_URL_MEMBERS) {
    if (document[member] === undefined) continue;
    const check = checkProviderUrl(document[member], member, urlRule);
    if (check.outcome === 'refused') {
      return { outcome: 'unsafe-url', member, message: `The discovery document is refused: ${check.message}` };
    }
  }
  return undefined;
}

import { compactVerify, createLocalJWKSet, decodeJwt, decodeProtectedHeader, errors, type JSONWebKeySet } from 'jose';
import { computeAtHash } from '../tokens/at-hash';
import { checkAuthorizationResponseIss, issOfCallback } from '../tokens/check-authorization-response-iss';
import { checkIdTokenClaims, type IdTokenCheck } from '../tokens/check-id-token-claims';
import type { RequestedAuthContext } from './requested-auth-context';
import type { SignatureStatus } from './flow-run';

/** Asymmetric algorithms a public client can verify with the provider's JWKS. `none` is never accepted. */
const VERIFIABLE_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Checks an id_token's signature against a JWKS, with jose. Every failure is a status, never a throw. */
export async function verifySignature(idToken: string, jwks: unknown): Promise<SignatureStatus> {
  let alg: string | undefined;
  try {
    alg = decodeProtectedHeader(idToken).alg;
  } catch {
    return { status: 'invalid', detail: 'The id_token is not a well-formed JWT.' };
  }
  if (!alg || alg === 'none') return { status: 'invalid', detail: 'The id_token is unsigned (alg "none"); it must be refused.' };
  if (alg.startsWith('HS')) {
    return { status: 'unverified', detail: `${alg} is signed with the client secret; it cannot be checked with the public JWKS.` };
  }
  if (!isKeySet(jwks)) return { status: 'unverified', detail: 'The provider’s JWKS could not be read, so the signature was not checked.' };
  try {
    await compactVerify(idToken, createLocalJWKSet(jwks), { algorithms: VERIFIABLE_ALGS });
    return { status: 'valid', detail: `The ${alg} signature verifies against the provider’s published key.` };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return { status: 'invalid', detail: 'The signature does not match: the token was altered or signed with another key.' };
    }
    if (error instanceof errors.JWKSNoMatchingKey) {
      return { status: 'unverified', detail: 'No key in the provider’s JWKS matches the token’s kid and alg.' };
    }
    return { status: 'unverified', detail: `The signature could not be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function isKeySet(value: unknown): value is JSONWebKeySet {
  return typeof value === 'object' && value !== null && Array.isArray((value as { keys?: unknown }).keys);
}

export interface ClaimCheckInput {
  readonly idToken: string;
  readonly accessToken: string | undefined;
  readonly issuer: string;
  readonly clientId: string;
  readonly nonce: string | undefined;
  readonly nowSeconds: number;
  /** The id_token came from a refresh grant (OIDC Core §12.2). */
  readonly refreshed?: boolean;
  /** max_age and acr asked for by the authorize request. */
  readonly asked?: RequestedAuthContext;
  /** The callback URL and discovery's authorization_response_iss_parameter_supported, for RFC 9207. */
  readonly authorizationResponse?: { readonly callbackUrl: string; readonly advertised: boolean | undefined };
  /** The provider's JWKS, to tell Ed25519 from Ed448 for at_hash. */
  readonly jwks?: unknown;
}

export async function checkClaims(input: ClaimCheckInput): Promise<IdTokenCheck[]> {
  const payload = decodeJwt(input.idToken) as Record<string, unknown>;
  const alg = decodeProtectedHeader(input.idToken).alg ?? '';
  const header = decodeProtectedHeader(input.idToken);
  const expectedAtHash = input.accessToken ? await computeAtHash(input.accessToken, alg, curveOf(input.jwks, header.kid)) : undefined;
  const checks = checkIdTokenClaims(payload, {
    issuer: input.issuer,
    clientId: input.clientId,
    nonce: input.nonce,
    expectedAtHash,
    now: input.nowSeconds,
    refreshed: input.refreshed,
    maxAge: input.asked?.maxAge,
    acr: input.asked?.acr,
  });
  const response = input.authorizationResponse;
  if (!response) return checks;
  const iss = checkAuthorizationResponseIss({ issInResponse: issOfCallback(response.callbackUrl), expectedIssuer: input.issuer, advertised: response.advertised });
  return [iss, ...checks];
}

/** The `crv` of the JWKS key the token names, for EdDSA (Ed25519 and Ed448 hash differently). */
function curveOf(jwks: unknown, kid: string | undefined): string | undefined {
  if (!isKeySet(jwks)) return undefined;
  const keys = jwks.keys.filter((key) => key.kty === 'OKP' && (kid === undefined || key.kid === kid));
  return keys.length === 1 ? keys[0]?.crv : undefined;
}

/**
 * An HS256/384/512 id_token is signed with the client secret (one reference document shows
 * one). The secret is used here, in this page, and never stored or sent anywhere.
 */
export async function verifyWithSecret(idToken: string, secret: string): Promise<SignatureStatus> {
  try {
    await compactVerify(idToken, new TextEncoder().encode(secret), { algorithms: ['HS256', 'HS384', 'HS512'] });
    return { status: 'valid', detail: 'The HMAC signature verifies with the client secret you entered (checked in this page only).' };
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) {
      return { status: 'invalid', detail: 'The HMAC signature does not match this secret: wrong secret, or the token was altered.' };
    }
    return { status: 'unverified', detail: `Could not check with the secret: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** What a token response's id_token proved: its signature against the JWKS, and every claim check. */
export interface TokenResponseVerification {
  readonly signature: SignatureStatus;
  readonly checks: readonly IdTokenCheck[];
}

export const NO_ID_TOKEN: SignatureStatus = { status: 'unverified', detail: 'The token response carried no id_token.' };

/**
 * The one verification of a token response, for the sign-in, the refresh and a run that failed
 * after the token exchange: jose checks the signature against the JWKS, then the claim checks of
 * OIDC Core §3.1.3.7 run. Never throws: a failed check is a result.
 */
export async function verifyTokenResponse(
  response: { readonly idToken: string | undefined; readonly accessToken: string | undefined },
  expected: Omit<ClaimCheckInput, 'idToken' | 'accessToken'>,
): Promise<TokenResponseVerification> {
  if (!response.idToken) return { signature: NO_ID_TOKEN, checks: [] };
  const [signature, checks] = await Promise.all([
    verifySignature(response.idToken, expected.jwks),
    checkClaims({ ...expected, idToken: response.idToken, accessToken: response.accessToken }).catch((): IdTokenCheck[] => []),
  ]);
  return { signature, checks };
}

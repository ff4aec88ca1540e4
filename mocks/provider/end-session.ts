import { compactVerify, createLocalJWKSet, type JSONWebKeySet, type JWTPayload } from 'jose';
import { redirectWith } from './authorize';
import { findClient, type ProviderContext } from './context';
import { safeDescription } from './error-description';
import type { OAuthErrorCode } from '../../src/domain/flow/error-codes';

export type EndSessionResult =
  | { outcome: 'signed-out'; location: string | undefined }
  /** No valid id_token_hint: the end-user is asked first (RP-Initiated Logout 1.0 §2, §6). */
  | { outcome: 'confirm'; location: string | undefined }
  | { outcome: 'error-page'; error: OAuthErrorCode; description: string };

type EndSessionCheck = { outcome: 'ok'; hinted: boolean; location: string | undefined } | Extract<EndSessionResult, { outcome: 'error-page' }>;

const errorPage = (description: string): EndSessionCheck => ({ outcome: 'error-page', error: 'invalid_request', description: safeDescription(description) });

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0 §2–3): checks the request and says
 * whether the provider may sign out at once or must ask the end-user first.
 * https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout
 * - §2: "When an id_token_hint parameter is present, the OP MUST validate that it was the issuer of
 *   the ID Token": the signature against the provider's published keys, the issuer, and the
 *   audience against client_id. An expired hint is still accepted (§2, "even when the exp time has passed").
 * - §6: a logout request without a valid hint can be forged by any page (denial of service): the
 *   mock asks for confirmation then. https://openid.net/specs/openid-connect-rpinitiated-1_0.html#Security
 * - §3: the browser goes back only to a post_logout_redirect_uri registered for the client.
 */
async function checkEndSession(context: ProviderContext, params: URLSearchParams, publishedKeys: () => Promise<JSONWebKeySet>): Promise<EndSessionCheck> {
  const redirectUri = params.get('post_logout_redirect_uri');
  let clientId = params.get('client_id');
  const hint = params.get('id_token_hint');
  if (hint) {
    let claims: JWTPayload;
    try {
      const { payload } = await compactVerify(hint, createLocalJWKSet(await publishedKeys()), { algorithms: ['RS256'] });
      claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
    } catch {
      return errorPage('id_token_hint is not an id_token signed by this provider (its signature does not verify against the JWKS).');
    }
    if (claims.iss !== context.issuer) return errorPage('id_token_hint was not issued by this provider.');
    const audiences = Array.isArray(claims.aud) ? claims.aud : claims.aud === undefined ? [] : [claims.aud];
    if (clientId && !audiences.includes(clientId)) return errorPage('client_id does not match the id_token_hint audience.');
    clientId ??= audiences[0] ?? null;
    if (!findClient(context, clientId)) return errorPage('id_token_hint was issued to a client this provider does not know.');
  }
  if (redirectUri) {
    const client = findClient(context, clientId);
    if (!client) return errorPage('post_logout_redirect_uri needs client_id or id_token_hint to identify the client.');
    if (!client.postLogoutRedirectUris.includes(redirectUri)) {
      return errorPage(`post_logout_redirect_uri is not registered. Registered: ${client.postLogoutRedirectUris.join(', ')}.`);
    }
  }
  const location = redirectUri ? redirectWith(redirectUri, { state: params.get('state') ?? undefined }) : undefined;
  return { outcome: 'ok', hinted: hint !== null && hint !== '', location };
}

/**
 * The end-session endpoint (RP-Initiated Logout §2,
 * https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout): signs out at once with a
 * valid id_token_hint; without one it asks the end-user first (§6), and `confirmed` is their yes.
 */
export async function endSessionRequest(
  context: ProviderContext,
  params: URLSearchParams,
  endSession: () => void,
  publishedKeys: () => Promise<JSONWebKeySet>,
  confirmed = false,
): Promise<EndSessionResult> {
  const check = await checkEndSession(context, params, publishedKeys);
  if (check.outcome === 'error-page') return check;
  if (!check.hinted && !confirmed) return { outcome: 'confirm', location: check.location };
  endSession();
  return { outcome: 'signed-out', location: check.location };
}

import { DPOP_ALGORITHMS } from '../../src/domain/protocols/dpop-algorithms';
import type { ProviderContext } from './context';
import { NO_STORE, oauthError, type ProviderResponse } from './provider-response';
import { currentNonce } from './dpop-nonce';
import type { DpopRequest, VerifyProof } from './dpop-verify';

export type { DpopRequest };

/**
 * DPoP at the mock (RFC 9449, https://www.rfc-editor.org/rfc/rfc9449): the token endpoint binds the
 * tokens it issues to the proof's key and requires its nonce (§8) so that the client's retry shows
 * on the wire; the userinfo endpoint honours a bound token only with a proof of that key (§7). The
 * endpoints themselves stay as they were: this module wraps them.
 */

const bindingSlot = (token: string) => `dpop-binding:${token}`;

export function boundKey(context: ProviderContext, token: string): string | undefined {
  return context.store.get<string>(bindingSlot(token));
}

/** §4.3: the proof's check loads by import() when a request carries one (dpop-verify.ts, issue 29). */
const verifyProof: VerifyProof = async (...args) => (await import('./dpop-verify')).verifyProof(...args);

type TokenEndpoint = (form: URLSearchParams, authorization?: string | null, binding?: { jkt: string }) => Promise<ProviderResponse>;

/** The token endpoint with DPoP: bound tokens, token_type DPoP, the nonce, and refresh with the same key (§5). */
export function withDpopAtToken(context: ProviderContext, token: TokenEndpoint) {
  return async (form: URLSearchParams, authorization?: string | null, dpop?: DpopRequest): Promise<ProviderResponse> => {
    const presented = form.get('grant_type') === 'refresh_token' ? form.get('refresh_token') : null;
    const boundJkt = presented ? boundKey(context, presented) : undefined;
    if (!dpop?.proof) {
      // §5: a refresh token bound to a key is worthless without a proof of it.
      if (boundJkt) return oauthError(400, 'invalid_grant', 'This refresh token is bound to a DPoP key: send a DPoP proof of it (RFC 9449 section 5).', NO_STORE);
      return token(form, authorization);
    }
    const refuse = (error: 'invalid_dpop_proof' | 'use_dpop_nonce' | 'invalid_token', description: string, headers: Record<string, string> = {}) =>
      oauthError(400, error === 'invalid_token' ? 'invalid_grant' : error, description, { ...NO_STORE, ...headers });
    const verified = await verifyProof(context, { ...dpop, proof: dpop.proof }, { nonce: currentNonce(context), boundJkt, refuse });
    if (verified.outcome === 'refused') return verified.response;
    // The key goes in with the request, so a JWT access token can carry it as cnf.jkt (§6.1).
    const answer = await token(form, authorization, { jkt: verified.jkt });
    if (answer.status !== 200) return answer;
    const body = answer.body as Record<string, unknown>;
    for (const issued of [body.access_token, body.refresh_token]) if (typeof issued === 'string') context.store.set(bindingSlot(issued), verified.jkt);
    // §5.1: the token type says the access token goes with a proof.
    return { ...answer, headers: { ...answer.headers, 'DPoP-Nonce': currentNonce(context) }, body: { ...body, token_type: 'DPoP' } };
  };
}

type UserinfoEndpoint = (authorization: string | null, form?: URLSearchParams) => ProviderResponse;

/**
 * Userinfo with DPoP (§7): `Authorization: DPoP <token>` with a proof whose ath hashes it; a bound
 * token presented as Bearer is refused (§7.1) with a DPoP challenge (§7.1, RFC 6750 §3). `bearer`
 * stays synchronous for callers that present Bearer tokens only; `any` takes either scheme.
 */
export function withDpopAtUserinfo(context: ProviderContext, userinfo: UserinfoEndpoint) {
  const challenge = (error: string, description: string) => `DPoP algs="${DPOP_ALGORITHMS.join(' ')}", error="${error}", error_description="${description}"`;
  const unauthorized = (error: 'invalid_dpop_proof' | 'use_dpop_nonce' | 'invalid_token', description: string, headers: Record<string, string> = {}) =>
    oauthError(401, error, description, { ...headers, 'WWW-Authenticate': challenge(error, description) });
  const schemeOf = (authorization: string | null) => /^(\S+)\s+(.+)$/.exec(authorization ?? '');

  function bearer(authorization: string | null, form?: URLSearchParams): ProviderResponse {
    const scheme = schemeOf(authorization);
    const token = scheme?.[1]?.toLowerCase() === 'bearer' ? scheme[2] : (form?.get('access_token') ?? undefined);
    if (token !== undefined && boundKey(context, token)) {
      return unauthorized('invalid_token', 'This access token is bound to a DPoP key: present it as Authorization: DPoP with a proof (RFC 9449 section 7.1).');
    }
    return userinfo(authorization, form);
  }

  async function any(authorization: string | null, form?: URLSearchParams, dpop?: DpopRequest): Promise<ProviderResponse> {
    const scheme = schemeOf(authorization);
    if (scheme?.[1]?.toLowerCase() !== 'dpop') return bearer(authorization, form);
    const accessToken = scheme[2]!;
    const boundJkt = boundKey(context, accessToken);
    if (!boundJkt) return unauthorized('invalid_token', 'This access token is not bound to a DPoP key; present it as a Bearer token.');
    if (!dpop?.proof) return unauthorized('invalid_token', 'Authorization: DPoP needs a DPoP proof header (RFC 9449 section 7.1).');
    const verified = await verifyProof(context, { ...dpop, proof: dpop.proof }, { accessToken, boundJkt, refuse: unauthorized });
    if (verified.outcome === 'refused') return verified.response;
    return userinfo(`Bearer ${accessToken}`, form);
  }
  return { bearer, any };
}

type Introspect = (form: URLSearchParams) => ProviderResponse;

/** RFC 9449 §6.2: introspection names the key a token is bound to, as cnf.jkt, and its type DPoP. */
export function withDpopAtIntrospection(context: ProviderContext, introspect: Introspect) {
  return (form: URLSearchParams): ProviderResponse => {
    const answer = introspect(form);
    const body = answer.body as Record<string, unknown> | null;
    const token = form.get('token');
    const jkt = token ? boundKey(context, token) : undefined;
    if (!jkt || body?.active !== true) return answer;
    return { ...answer, body: { ...body, cnf: { jkt }, ...(body.token_type === 'Bearer' ? { token_type: 'DPoP' } : {}) } };
  };
}

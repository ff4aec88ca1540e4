import type { AcrRequest } from '../tokens/check-id-token-claims';
import type { ComposedRequest } from '../request/composed-request';
import { parseClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { splitScopes } from '../scopes-and-claims/scope-list';

export interface RequestedAuthContext {
  /** max_age sent, in seconds (OIDC Core §3.1.2.1). */
  readonly maxAge?: number;
  /** acr asked for through acr_values or claims.id_token.acr (OIDC Core §3.1.2.1, §5.5.1.1). */
  readonly acr?: AcrRequest;
}

/** What the composed request asked about how the user authenticates, for the id_token checks. */
export function requestedAuthContext(request: Pick<ComposedRequest, 'maxAge' | 'acrValues' | 'claimsText'>): RequestedAuthContext {
  const maxAgeText = request.maxAge.trim();
  const maxAge = /^\d+$/.test(maxAgeText) ? Number(maxAgeText) : undefined;
  const claims = parseClaimsRequest(request.claimsText);
  const asked = claims.outcome === 'valid' ? claims.request.id_token?.acr : undefined;
  const fromClaims = asked ? [...(asked.values ?? []), ...(asked.value === undefined ? [] : [asked.value])].filter((v): v is string => typeof v === 'string') : [];
  const values = [...new Set([...splitScopes(request.acrValues), ...fromClaims])];
  const acr = asked !== undefined || values.length > 0 ? { values, essential: asked?.essential === true } : undefined;
  return { ...(maxAge === undefined ? {} : { maxAge }), ...(acr ? { acr } : {}) };
}

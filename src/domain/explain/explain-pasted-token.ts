import { STANDARD_SCOPES, claimsOfScope } from '../scopes-and-claims/catalogue';
import { explainClaims, type ClaimVerdict } from './explain-claims';
import { isPlainObject } from '../text/json-values';
import { jsonTextOverLimits } from '../text/json-limits';
import { parseClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { splitScopes } from '../scopes-and-claims/scope-list';

export interface PastedTokenInput {
  /** The decoded id_token payload, or undefined when the token is not an id_token. */
  readonly idToken: Readonly<Record<string, unknown>> | undefined;
  /** The token's own `scope` claim (JWT access tokens carry one, RFC 9068 §2.2.3). */
  readonly tokenScope: string | undefined;
  readonly userinfoText: string;
  readonly scopeText: string;
  readonly claimsText: string;
  /** Discovery's claims_supported, when the issuer's document was read. */
  readonly claimsSupported: readonly string[] | undefined;
}

/** Where the scopes the explanation assumes granted came from: typed, the token's `scope`, or read off the claims present. */
export type ScopeBasis = 'typed' | 'token' | 'inferred';

export type PastedInputProblem = { readonly field: 'userinfo' | 'claims'; readonly message: string };

export interface PastedTokenExplanation {
  readonly verdicts: ClaimVerdict[];
  readonly userinfo: Readonly<Record<string, unknown>> | undefined;
  readonly grantedScopes: readonly string[];
  readonly scopeBasis: ScopeBasis;
  readonly problems: readonly PastedInputProblem[];
}

/**
 * Explains a pasted token (and userinfo) with the same engine as a run. A pasted token comes
 * without the request that produced it, so the provider is treated as a real one, and the
 * scopes are taken as granted from what the person typed, else from the token's `scope`, else
 * read off the standard claims that arrived (said on screen, since it proves nothing).
 */
export function explainPastedToken(input: PastedTokenInput): PastedTokenExplanation {
  const problems: PastedInputProblem[] = [];
  const userinfo = parseUserinfo(input.userinfoText, problems);
  const claimsOverLimits = jsonTextOverLimits(input.claimsText);
  const claims = claimsOverLimits ? undefined : parseClaimsRequest(input.claimsText);
  if (claimsOverLimits) problems.push({ field: 'claims', message: `The claims request is not read: ${claimsOverLimits}.` });
  else if (claims?.outcome === 'invalid') problems.push({ field: 'claims', message: `The claims request is not valid: ${claims.error.message}` });
  const { scopes, basis } = grantedScopesOf(input, userinfo);
  const verdicts = explainClaims({
    requestedScopes: scopes,
    grantedScopes: scopes,
    claimsRequest: claims?.outcome === 'valid' ? claims.request : undefined,
    idToken: input.idToken,
    userinfo,
    ...(input.claimsSupported ? { claimsSupported: input.claimsSupported } : {}),
    provider: { kind: 'real' },
  });
  return { verdicts, userinfo, grantedScopes: scopes, scopeBasis: basis, problems };
}

function parseUserinfo(text: string, problems: PastedInputProblem[]): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  // The limits a provider's userinfo answer is held to: pasted text is no more trusted.
  const overLimits = jsonTextOverLimits(text);
  if (overLimits) {
    problems.push({ field: 'userinfo', message: `The userinfo response is not read: ${overLimits}.` });
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push({ field: 'userinfo', message: `The userinfo response is not JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  if (!isPlainObject(parsed)) {
    problems.push({ field: 'userinfo', message: 'The userinfo response must be a JSON object of claims (OIDC Core §5.3.2).' });
    return undefined;
  }
  return parsed;
}

function grantedScopesOf(input: PastedTokenInput, userinfo: Readonly<Record<string, unknown>> | undefined): { scopes: string[]; basis: ScopeBasis } {
  const typed = splitScopes(input.scopeText);
  if (typed.length > 0) return { scopes: typed, basis: 'typed' };
  const fromToken = splitScopes(input.tokenScope);
  if (fromToken.length > 0) return { scopes: fromToken, basis: 'token' };
  const present = new Set([...Object.keys(input.idToken ?? {}), ...Object.keys(userinfo ?? {})]);
  const inferred = STANDARD_SCOPES.filter((scope) => scope === 'openid' || claimsOfScope(scope).some((claim) => present.has(claim.name)));
  return { scopes: inferred, basis: 'inferred' };
}

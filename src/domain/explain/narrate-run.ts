import { decodeToken } from '../tokens/decode-token';
import { parseClaimsRequest, requestedClaimNames } from '../scopes-and-claims/parse-claims-request';
import { splitScopes } from '../scopes-and-claims/scope-list';
import type { FlowError, FlowRun, SignatureStatus } from '../flow/flow-run';
import { endpointKind } from '../flow/endpoint-kind';
import { isPlainObject } from '../text/json-values';

/**
 * One caption of the presenter's narration, as a code with this run's values; the sentences are in
 * messages/narration-messages.ts. Each step is a part of the Authorization Code flow (OIDC Core
 * §3.1, https://openid.net/specs/openid-connect-core-1_0.html#CodeFlowSteps) as this run went.
 */
export type NarrationStep =
  | { readonly code: 'discovery'; readonly url: string }
  | { readonly code: 'par' }
  | { readonly code: 'authorize'; readonly scopes: readonly string[]; readonly idTokenClaims: readonly string[]; readonly userinfoClaims: readonly string[] }
  | { readonly code: 'sign-in'; readonly user: string | undefined }
  /** `error`: the provider sent an OAuth error back instead of a code (RFC 6749 §4.1.2.1). */
  | { readonly code: 'code-returned'; readonly error?: string }
  | { readonly code: 'token-exchange'; readonly tokens: readonly string[] }
  /** `checking`: the run is still under way, the keys are being fetched. */
  | { readonly code: 'signature'; readonly status: SignatureStatus['status'] | 'checking' }
  /** `claims` undefined: asked, not answered yet. */
  | { readonly code: 'userinfo'; readonly claims: number | undefined }
  | { readonly code: 'scopes-granted'; readonly granted: readonly string[]; readonly notGranted: readonly string[] }
  | { readonly code: 'stopped'; readonly stage: FlowError['stage']; readonly error: string };

/** The captions of a run, in the order its steps happened; a failed run ends where it stopped. */
export function narrateRun(run: FlowRun): NarrationStep[] {
  const claims = parseClaimsRequest(run.request.claimsText);
  const request = claims.outcome === 'valid' ? claims.request : undefined;
  const steps: NarrationStep[] = [
    {
      code: 'authorize',
      scopes: run.requestedScopes,
      idTokenClaims: requestedClaimNames(request, 'id_token'),
      userinfoClaims: requestedClaimNames(request, 'userinfo'),
    },
  ];
  if (run.outcome === 'failed') return [...steps, ...stepsBeforeFailure(run), { code: 'stopped', stage: run.failure.stage, error: run.failure.error }];

  const idToken = typeof run.tokenResponse.id_token === 'string' ? decodeToken(run.tokenResponse.id_token) : undefined;
  const idClaims = idToken?.kind === 'jwt' ? idToken.payload : {};
  const userinfo = isPlainObject(run.userinfo) ? run.userinfo : {};
  steps.push({ code: 'sign-in', user: displayNameOf(userinfo) ?? displayNameOf(idClaims) }, { code: 'code-returned' });
  steps.push({ code: 'token-exchange', tokens: ['id_token', 'access_token', 'refresh_token'].filter((name) => typeof run.tokenResponse[name] === 'string') });
  steps.push({ code: 'signature', status: run.signature.status });
  if (run.userinfo !== undefined) steps.push({ code: 'userinfo', claims: Object.keys(userinfo).length });
  const onWire = typeof run.tokenResponse.scope === 'string' ? splitScopes(run.tokenResponse.scope) : undefined;
  if (onWire) steps.push({ code: 'scopes-granted', granted: onWire, notGranted: run.requestedScopes.filter((s) => !onWire.includes(s)) });
  if (run.failure) steps.push({ code: 'stopped', stage: run.failure.stage, error: run.failure.error });
  return steps;
}

/** A failed run still went through the steps whose calls were answered. */
function stepsBeforeFailure(run: Extract<FlowRun, { outcome: 'failed' }>): NarrationStep[] {
  if (run.failure.stage === 'authorize' || run.failure.stage === 'discovery' || !run.callbackUrl) return [];
  const steps: NarrationStep[] = [{ code: 'sign-in', user: undefined }, { code: 'code-returned' }];
  const token = run.exchanges.find((e) => endpointKind(e.url) === 'token' && e.status === 200);
  if (token) steps.push({ code: 'token-exchange', tokens: tokensIn(token.responseText) });
  return steps;
}

export function tokensIn(body: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(body ?? '');
    return isPlainObject(parsed) ? ['id_token', 'access_token', 'refresh_token'].filter((name) => typeof parsed[name] === 'string') : [];
  } catch {
    return [];
  }
}

/** OIDC Core §5.1: `name`, else given and family name; undefined when the run carries neither. */
function displayNameOf(claims: Readonly<Record<string, unknown>>): string | undefined {
  if (typeof claims.name === 'string' && claims.name.trim()) return claims.name.trim();
  const parts = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : undefined;
}

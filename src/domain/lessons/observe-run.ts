import { claimExplanationOf } from '../explain/run-claim-explanation';
import type { ClaimVerdict } from '../explain/explain-claims';
import { scopeExplanationOf } from '../explain/run-scope-explanation';
import type { ScopeVerdict } from '../explain/explain-scopes';
import { accessTokenExplanationOf } from '../explain/run-access-token-explanation';
import type { AccessTokenFact } from '../explain/explain-access-token';
import type { FlowRun } from '../flow/flow-run';
import { responseModeOf, type ResponseMode } from '../protocols/response-mode';
import { exchangeWireChanges } from '../protocols/wire-changes';
import { issOfCallback } from '../tokens/check-authorization-response-iss';

/** The access token as the client received it: none, an opaque handle, or a JWT and what it says. */
export type AccessTokenReading =
  | { readonly token: 'none' }
  | { readonly token: 'opaque' }
  | { readonly token: 'jwt'; readonly facts: readonly AccessTokenFact[] };

/**
 * What a lesson grades: the run's own verdicts, computed by the same functions the results screen
 * renders (scope table, claims table, access token, flow error), plus the facts the wire shows
 * directly (the callback URL, the token calls). Never the switches as composed: a provider that
 * ignored one shows no change, and the lesson says so.
 */
export interface LessonObservation {
  readonly scopes: readonly ScopeVerdict[];
  readonly claims: readonly ClaimVerdict[];
  /** The OAuth error that ended the flow, if any. */
  readonly error: string | undefined;
  readonly errorDescription: string | undefined;
  readonly refreshTokenIssued: boolean;
  /** The discovery document as fetched at launch. */
  readonly discovery: Readonly<Record<string, unknown>>;
  /** The authorization response as the callback URL carried it; undefined when no browser came back. */
  readonly authorizationResponse: { readonly arrivedIn: ResponseMode; readonly iss: string | undefined } | undefined;
  readonly accessToken: AccessTokenReading;
  /** The token response's token_type, as sent. */
  readonly tokenType: string | undefined;
  /** RFC 9449 on the token calls: a proof was sent; the provider answered use_dpop_nonce and the client sent again. */
  readonly dpop: { readonly proofSent: boolean; readonly nonceRetry: boolean };
}

export function observeRun(run: FlowRun): LessonObservation {
  const discovery = run.discovery as unknown as Readonly<Record<string, unknown>>;
  const wire = run.exchanges.flatMap((exchange) => exchangeWireChanges(exchange, undefined));
  const onTheWire = {
    discovery,
    authorizationResponse: authorizationResponseOf(run.callbackUrl),
    dpop: { proofSent: wire.includes('dpop-proof'), nonceRetry: wire.includes('dpop-nonce-retry') },
  };
  if (run.outcome === 'failed') {
    return { ...onTheWire, scopes: [], claims: [], error: run.failure.error, errorDescription: run.failure.description, refreshTokenIssued: false, accessToken: { token: 'none' }, tokenType: undefined };
  }
  const tokenType = run.tokenResponse.token_type;
  return {
    ...onTheWire,
    scopes: scopeExplanationOf(run).verdicts,
    claims: claimExplanationOf(run),
    error: run.failure?.error,
    errorDescription: run.failure?.description,
    refreshTokenIssued: typeof run.tokenResponse.refresh_token === 'string',
    accessToken: accessTokenReadingOf(run),
    tokenType: typeof tokenType === 'string' ? tokenType : undefined,
  };
}

function authorizationResponseOf(callbackUrl: string | undefined): LessonObservation['authorizationResponse'] {
  const arrivedIn = callbackUrl === undefined ? undefined : responseModeOf(callbackUrl);
  if (callbackUrl === undefined || arrivedIn === undefined) return undefined;
  return { arrivedIn, iss: issOfCallback(callbackUrl) };
}

function accessTokenReadingOf(run: Extract<FlowRun, { outcome: 'completed' }>): AccessTokenReading {
  const explanation = accessTokenExplanationOf(run);
  if (!explanation) return { token: 'none' };
  return explanation.decoded ? { token: 'jwt', facts: explanation.facts } : { token: 'opaque' };
}

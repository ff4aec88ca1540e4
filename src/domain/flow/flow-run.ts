import { reviveComposedRequest, type ComposedRequest } from '../request/composed-request';
import { findUnsafeUrl, type DiscoveryDocument } from '../provider/discovery-document';
import { JSON_LIMITS, jsonTextOverLimits, measureDepth } from '../text/json-limits';
import { describeSize } from '../text/describe-size';
import type { IdTokenCheck } from '../tokens/check-id-token-claims';
import type { HttpExchange } from './http-exchange';
import type { FlowErrorCode } from './error-codes';
import { CLIENT_AUTHENTICATION_METHODS, type ClientAuthenticationMethod } from '../provider/client-authentication';
import { reviveRunSettings, type RunSettings } from './run-settings';

export type SignatureStatus =
  | { status: 'valid'; detail: string }
  | { status: 'invalid'; detail: string }
  | { status: 'unverified'; detail: string };

export interface FlowError {
  /** The code as the provider or the playground gave it; shown verbatim. */
  readonly error: FlowErrorCode;
  readonly description: string;
  readonly stage: 'authorize' | 'discovery' | 'callback' | 'token' | 'userinfo' | 'verification';
}

/** Which lesson step a run answers; the callback goes back to that lesson. */
export interface LessonRunMark {
  readonly id: string;
  readonly step: 'first' | 'followUp';
}

function isLessonRunMark(value: unknown): value is LessonRunMark {
  return isRecord(value) && typeof value.id === 'string' && (value.step === 'first' || value.step === 'followUp');
}

/** A launched sign-in, before the browser comes back. */
export interface PendingRun {
  readonly id: string;
  readonly startedAt: string;
  readonly request: ComposedRequest;
  /** The typed settings the run was launched with (claims request, the mock's user and policies), parsed once. */
  readonly settings: RunSettings;
  readonly issuer: string;
  readonly redirectUri: string;
  readonly requestedScopes: readonly string[];
  readonly authorizeUrl: string;
  readonly nonce: string;
  /** The provider's discovery document as fetched and checked at launch; the callback reuses it. */
  readonly discovery: DiscoveryDocument;
  /** Set when the run was launched from the scenario library. */
  readonly scenarioId?: string;
  /** Set when the run was launched from a lesson: the lesson and its step, graded when the run comes back. */
  readonly lesson?: LessonRunMark;
  /** HTTP calls made while preparing the authorize request (discovery). */
  readonly startExchanges?: readonly HttpExchange[];
  /** The URL the provider sent the browser back to (holds the one-time code). */
  readonly callbackUrl?: string;
  /**
   * How the client authenticates at the token endpoint, resolved at launch (absent: none). The
   * secret, when the method sends one, is never here: it lives in the tab's memory only.
   */
  readonly clientAuthentication?: ClientAuthenticationMethod;
  /** The person opted in to the dev server's local proxy for this run's token, userinfo and introspection calls. */
  readonly devProxy?: boolean;
  /** Hosts other than the issuer's that the person confirmed the proxy may forward this run's calls to. */
  readonly devProxyHosts?: readonly string[];
  /** RFC 6749 §4.4: a run with no browser and no user (its authorizeUrl, redirectUri and nonce are empty). */
  readonly grant?: 'client_credentials';
}

/** What a person can do with the tokens after the sign-in; each is a group of the sequence diagram. */
export type RunActionKind = 'refresh' | 'introspect' | 'revoke' | 'sign-out';
const RUN_ACTION_KINDS: ReadonlySet<string> = new Set<RunActionKind>(['refresh', 'introspect', 'revoke', 'sign-out']);

/** One action taken after the sign-in, with the calls it made in the order they were sent. */
export interface RunAction {
  readonly kind: RunActionKind;
  readonly exchanges: readonly HttpExchange[];
  /** A page load the action started and left for (the end-session request of a sign-out). */
  readonly navigation?: string;
}

/** What came back, as it came over the wire. Lives in session storage only (it holds tokens). */
export type FlowRun = PendingRun &
  (
    | {
        readonly outcome: 'completed';
        readonly tokenResponse: Record<string, unknown>;
        readonly userinfo: unknown;
        readonly scopesSupported: readonly string[] | undefined;
        readonly claimsSupported?: readonly string[];
        readonly signature: SignatureStatus;
        /** The provider's public keys at verification time, for the tamper demo. */
        readonly jwks?: unknown;
        readonly checks: readonly IdTokenCheck[];
        /** The calls of the sign-in itself (token, userinfo, JWKS), in the order they were sent. */
        readonly exchanges: readonly HttpExchange[];
        /** Refreshes, introspections, revocations and sign-outs since, oldest first. */
        readonly actions?: readonly RunAction[];
        /** How many refresh grants replaced the tokens since the sign-in. */
        readonly refreshCount?: number;
        /** A step after the token exchange failed (userinfo, say): the tokens above came before it. */
        readonly failure?: FlowError;
      }
    | { readonly outcome: 'failed'; readonly failure: FlowError; readonly exchanges: readonly HttpExchange[] }
  );


export type CompletedRun = Extract<FlowRun, { outcome: 'completed' }>;

// --- Keeping a run within limits -------------------------------------------------------------

export function keepableRun(run: FlowRun): FlowRun {
  const notKept: string[] = [];
  const keepExchange = (exchange: HttpExchange): HttpExchange => {
    const text = exchange.responseText;
    if (text === undefined) return exchange;
    const why = jsonTextOverLimits(text);
    if (!why) return exchange;
    notKept.push(`the response of ${exchange.method} ${exchange.url} (${why})`);
    return { ...exchange, responseText: `(not kept: ${why})` };
  };
  const exchanges = run.exchanges.map(keepExchange);
  if (run.outcome === 'completed') {
    for (const action of run.actions ?? []) action.exchanges.forEach(keepExchange);
    for (const [name, value] of [['token response', run.tokenResponse], ['userinfo response', run.userinfo], ['JWKS', run.jwks], ['id_token payload', idTokenPayload(run.tokenResponse)]] as const) {
      const depth = measureDepth(value);
      if (depth.outcome === 'too-deep') notKept.push(`the ${name} (nested deeper than ${JSON_LIMITS.maxDepth} levels)`);
    }
  }
  if (notKept.length === 0) {
    const size = JSON.stringify(run).length;
    if (size <= JSON_LIMITS.maxRunCharacters) return run;
    notKept.push(`the run as a whole (${describeSize(size)}, over the ${describeSize(JSON_LIMITS.maxRunCharacters)} budget of one run)`);
  }
  const { id, startedAt, request, settings, issuer, redirectUri, requestedScopes, authorizeUrl, nonce, discovery, scenarioId, lesson, startExchanges, callbackUrl } = run;
  return {
    id, startedAt, request, settings, issuer, redirectUri, requestedScopes, authorizeUrl, nonce, discovery, scenarioId, lesson, startExchanges, callbackUrl,
    outcome: 'failed',
    failure: {
      error: 'response_not_kept',
      description: `The provider answered with more than the playground can keep or show safely: ${notKept.join('; ')}. Nothing of it was rendered. A real provider should not send this; check the provider.`,
      stage: run.outcome === 'failed' ? run.failure.stage : 'callback',
    },
    exchanges: exchanges.map((e) => (e.responseText && e.responseText.length > JSON_LIMITS.maxBodyCharacters / 4 ? { ...e, responseText: `(not kept: ${describeSize(e.responseText.length)})` } : e)),
  };
}

function idTokenPayload(tokenResponse: Record<string, unknown>): unknown {
  const token = tokenResponse.id_token;
  if (typeof token !== 'string') return undefined;
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return undefined;
  }
}

// --- Validating what comes back from storage --------------------------------------------------

const STAGES = new Set(['authorize', 'discovery', 'callback', 'token', 'userinfo', 'verification']);
const SIGNATURE_STATUSES = new Set(['valid', 'invalid', 'unverified']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isExchange(value: unknown): value is HttpExchange {
  return isRecord(value) && typeof value.method === 'string' && typeof value.url === 'string' && isRecord(value.requestHeaders) && isRecord(value.responseHeaders)
    && (value.responseText === undefined || typeof value.responseText === 'string') && (value.requestBody === undefined || typeof value.requestBody === 'string')
    && (value.status === undefined || typeof value.status === 'number') && (value.failure === undefined || typeof value.failure === 'string')
    && (value.viaProxy === undefined || typeof value.viaProxy === 'boolean');
}

function isRunAction(value: unknown): boolean {
  return isRecord(value) && RUN_ACTION_KINDS.has(value.kind as string) && Array.isArray(value.exchanges) && value.exchanges.every(isExchange)
    && (value.navigation === undefined || typeof value.navigation === 'string');
}

function isFailure(value: unknown): boolean {
  return isRecord(value) && typeof value.error === 'string' && typeof value.description === 'string' && STAGES.has(value.stage as string);
}

export function revivePendingRun(value: unknown): PendingRun | undefined {
  if (!isRecord(value)) return undefined;
  const { id, startedAt, request, issuer, redirectUri, requestedScopes, authorizeUrl, nonce, discovery, startExchanges, scenarioId, callbackUrl, clientAuthentication } = value;
  if (typeof id !== 'string' || typeof startedAt !== 'string' || typeof issuer !== 'string' || typeof redirectUri !== 'string') return undefined;
  if (typeof authorizeUrl !== 'string' || typeof nonce !== 'string' || !isStringArray(requestedScopes) || !isRecord(request)) return undefined;
  if (!isRecord(discovery) || typeof discovery.issuer !== 'string' || findUnsafeUrl(discovery, { trustedOrigin: window.location.origin })) return undefined;
  if (startExchanges !== undefined && !(Array.isArray(startExchanges) && startExchanges.every(isExchange))) return undefined;
  if (scenarioId !== undefined && typeof scenarioId !== 'string') return undefined;
  if (value.lesson !== undefined && !isLessonRunMark(value.lesson)) return undefined;
  if (callbackUrl !== undefined && typeof callbackUrl !== 'string') return undefined;
  if (clientAuthentication !== undefined && !(CLIENT_AUTHENTICATION_METHODS as readonly unknown[]).includes(clientAuthentication)) return undefined;
  if (value.devProxy !== undefined && typeof value.devProxy !== 'boolean') return undefined;
  if (value.devProxyHosts !== undefined && !isStringArray(value.devProxyHosts)) return undefined;
  if (measureDepth(value).outcome !== 'within') return undefined;
  const revived = reviveComposedRequest(request);
  const settings = reviveRunSettings(value.settings, revived);
  if (settings === undefined) return undefined;
  return { ...(value as unknown as PendingRun), request: revived, settings };
}

/** A stored run, checked member by member before any screen reads it. */
export function reviveFlowRun(value: unknown): FlowRun | undefined {
  const pending = revivePendingRun(value);
  if (!pending || !isRecord(value) || !Array.isArray(value.exchanges) || !value.exchanges.every(isExchange)) return undefined;
  if (value.outcome === 'failed') {
    if (!isFailure(value.failure)) return undefined;
    return { ...(value as unknown as FlowRun), ...pending };
  }
  if (value.outcome !== 'completed') return undefined;
  const { tokenResponse, signature, checks, refreshCount, scopesSupported, claimsSupported } = value;
  if (!isRecord(tokenResponse) || !isRecord(signature) || !SIGNATURE_STATUSES.has(signature.status as string) || typeof signature.detail !== 'string') return undefined;
  if (!Array.isArray(checks) || !checks.every((c) => isRecord(c) && typeof c.name === 'string' && typeof c.outcome === 'string' && typeof c.detail === 'string')) return undefined;
  if (refreshCount !== undefined && typeof refreshCount !== 'number') return undefined;
  if (value.actions !== undefined && !(Array.isArray(value.actions) && value.actions.every(isRunAction))) return undefined;
  // A completed run may carry the failure of a later step (userinfo after the tokens came).
  if (value.failure !== undefined && !isFailure(value.failure)) return undefined;
  if (scopesSupported !== undefined && !isStringArray(scopesSupported)) return undefined;
  if (claimsSupported !== undefined && !isStringArray(claimsSupported)) return undefined;
  return { ...(value as unknown as FlowRun), ...pending };
}

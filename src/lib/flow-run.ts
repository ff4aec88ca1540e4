import { reviveComposedRequest, type ComposedRequest } from '../domain/composed-request';
import { findUnsafeUrl, type DiscoveryDocument } from '../domain/discovery-document';
import { JSON_LIMITS, describeSize, measureDepth, textDepthExceeds } from '../domain/json-limits';
import type { IdTokenCheck } from '../domain/check-id-token-claims';
import type { HttpExchange } from './http-recorder';
import { HISTORY_KEY, LAST_RUN_KEY, PENDING_PREFIX, clearStoredRuns as clearStoredRecords } from './tab-storage';

export type SignatureStatus =
  | { status: 'valid'; detail: string }
  | { status: 'invalid'; detail: string }
  | { status: 'unverified'; detail: string };

export interface FlowError {
  readonly error: string;
  readonly description: string;
  readonly stage: 'authorize' | 'discovery' | 'callback' | 'token' | 'userinfo' | 'verification';
}

/** A launched sign-in, before the browser comes back. */
export interface PendingRun {
  readonly id: string;
  readonly startedAt: string;
  readonly request: ComposedRequest;
  readonly issuer: string;
  readonly redirectUri: string;
  readonly requestedScopes: readonly string[];
  readonly authorizeUrl: string;
  readonly nonce: string;
  /** The provider's discovery document as fetched and checked at launch; the callback reuses it. */
  readonly discovery: DiscoveryDocument;
  /** Set when the run was launched from the scenario library. */
  readonly scenarioId?: string;
  /** HTTP calls made while preparing the authorize request (discovery). */
  readonly startExchanges?: readonly HttpExchange[];
  /** The URL the provider sent the browser back to (holds the one-time code). */
  readonly callbackUrl?: string;
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
        readonly exchanges: readonly HttpExchange[];
        /** How many refresh grants replaced the tokens since the sign-in. */
        readonly refreshCount?: number;
        /** A step after the token exchange failed (userinfo, say): the tokens above came before it. */
        readonly failure?: FlowError;
      }
    | { readonly outcome: 'failed'; readonly failure: FlowError; readonly exchanges: readonly HttpExchange[] }
  );

/** Runs kept for comparison, newest first. Session storage only: they hold tokens. */
export const HISTORY_LENGTH = 10;

export function savePendingRun(stateId: string, run: PendingRun): void {
  window.sessionStorage.setItem(PENDING_PREFIX + stateId, JSON.stringify(run));
}

/** Reads the pending run of a callback's state, if it is there and well formed. */
export function takePendingRun(stateId: string): PendingRun | undefined {
  const run = revivePendingRun(readJson(window.sessionStorage, PENDING_PREFIX + stateId));
  return run;
}

export function forgetPendingRun(stateId: string): void {
  window.sessionStorage.removeItem(PENDING_PREFIX + stateId);
}

export type SavedRun =
  | { readonly outcome: 'stored'; readonly run: FlowRun }
  | { readonly outcome: 'in-page-only'; readonly run: FlowRun; readonly message: string };

/** The run of this page, also when storage could not take it. */
let runOfThisPage: FlowRun | undefined;
let lastSaveNotice: string | undefined;

/** Why the last run of this page is not in storage, when it is not. */
export function storageNotice(): string | undefined {
  return lastSaveNotice;
}

/**
 * Stores a run once (the history; the last run is its id), within the size budget. A run too large
 * or too deep to keep becomes a failed run that says why, so nothing later walks a hostile value.
 */
export function saveLastRun(run: FlowRun): SavedRun {
  const kept = keepableRun(run);
  runOfThisPage = kept;
  lastSaveNotice = undefined;
  const others = loadRunHistory().filter((r) => r.id !== kept.id);
  for (let count = Math.min(others.length, HISTORY_LENGTH - 1); count >= 0; count--) {
    try {
      window.sessionStorage.setItem(HISTORY_KEY, JSON.stringify([kept, ...others.slice(0, count)]));
      window.sessionStorage.setItem(LAST_RUN_KEY, kept.id);
      return { outcome: 'stored', run: kept };
    } catch {
      // Storage full: try again with fewer older runs.
    }
  }
  lastSaveNotice = 'This tab’s session storage is full, so this run is shown but not kept: it is gone after a reload.';
  return { outcome: 'in-page-only', run: kept, message: lastSaveNotice };
}

/** Stored runs, newest first; records that are not well formed are set aside, not used. */
export function loadRunHistory(): FlowRun[] {
  const stored = readJson(window.sessionStorage, HISTORY_KEY);
  if (!Array.isArray(stored)) return runOfThisPage ? [runOfThisPage] : [];
  return stored.map(reviveFlowRun).filter((run): run is FlowRun => run !== undefined);
}

/** How many stored records could not be read (corrupted or from an incompatible version). */
export function countUnreadableRuns(): number {
  const stored = readJson(window.sessionStorage, HISTORY_KEY);
  if (stored === undefined) return window.sessionStorage.getItem(HISTORY_KEY) === null ? 0 : 1;
  if (!Array.isArray(stored)) return 1;
  return stored.filter((record) => reviveFlowRun(record) === undefined).length;
}

export function loadLastRun(): FlowRun | undefined {
  const id = window.sessionStorage.getItem(LAST_RUN_KEY);
  if (runOfThisPage && (id === null || runOfThisPage.id === id)) return runOfThisPage;
  const history = loadRunHistory();
  return history.find((run) => run.id === id) ?? history[0];
}

/** Drops every stored run of this tab (the app's error page offers it when a record breaks a screen). */
export function clearStoredRuns(): void {
  runOfThisPage = undefined;
  clearStoredRecords();
}

function readJson(storage: Storage, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

// --- Keeping a run within limits -------------------------------------------------------------

function keepableRun(run: FlowRun): FlowRun {
  const notKept: string[] = [];
  const exchanges = run.exchanges.map((exchange) => {
    const text = exchange.responseText;
    if (text === undefined) return exchange;
    const why = text.length > JSON_LIMITS.maxBodyCharacters
      ? `${describeSize(text.length)}, over the ${describeSize(JSON_LIMITS.maxBodyCharacters)} the playground keeps`
      : textDepthExceeds(text)
        ? `nested deeper than ${JSON_LIMITS.maxDepth} levels`
        : undefined;
    if (!why) return exchange;
    notKept.push(`the response of ${exchange.method} ${exchange.url} (${why})`);
    return { ...exchange, responseText: `(not kept: ${why})` };
  });
  if (run.outcome === 'completed') {
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
  const { id, startedAt, request, issuer, redirectUri, requestedScopes, authorizeUrl, nonce, discovery, scenarioId, startExchanges, callbackUrl } = run;
  return {
    id, startedAt, request, issuer, redirectUri, requestedScopes, authorizeUrl, nonce, discovery, scenarioId, startExchanges, callbackUrl,
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
    && (value.status === undefined || typeof value.status === 'number') && (value.failure === undefined || typeof value.failure === 'string');
}

function isFailure(value: unknown): boolean {
  return isRecord(value) && typeof value.error === 'string' && typeof value.description === 'string' && STAGES.has(value.stage as string);
}

function revivePendingRun(value: unknown): PendingRun | undefined {
  if (!isRecord(value)) return undefined;
  const { id, startedAt, request, issuer, redirectUri, requestedScopes, authorizeUrl, nonce, discovery, startExchanges, scenarioId, callbackUrl } = value;
  if (typeof id !== 'string' || typeof startedAt !== 'string' || typeof issuer !== 'string' || typeof redirectUri !== 'string') return undefined;
  if (typeof authorizeUrl !== 'string' || typeof nonce !== 'string' || !isStringArray(requestedScopes) || !isRecord(request)) return undefined;
  if (!isRecord(discovery) || typeof discovery.issuer !== 'string' || findUnsafeUrl(discovery, { trustedOrigin: window.location.origin })) return undefined;
  if (startExchanges !== undefined && !(Array.isArray(startExchanges) && startExchanges.every(isExchange))) return undefined;
  if (scenarioId !== undefined && typeof scenarioId !== 'string') return undefined;
  if (callbackUrl !== undefined && typeof callbackUrl !== 'string') return undefined;
  if (measureDepth(value).outcome !== 'within') return undefined;
  return { ...(value as unknown as PendingRun), request: reviveComposedRequest(request) };
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
  // A completed run may carry the failure of a later step (userinfo after the tokens came).
  if (value.failure !== undefined && !isFailure(value.failure)) return undefined;
  if (scopesSupported !== undefined && !isStringArray(scopesSupported)) return undefined;
  if (claimsSupported !== undefined && !isStringArray(claimsSupported)) return undefined;
  return { ...(value as unknown as FlowRun), ...pending };
}

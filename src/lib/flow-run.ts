import type { ComposedRequest } from '../domain/composed-request';
import type { IdTokenCheck } from '../domain/check-id-token-claims';
import type { HttpExchange } from './http-recorder';

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

const PENDING_PREFIX = 'oidc-playground.pending.';
const LAST_RUN_KEY = 'oidc-playground.last-run';

export function savePendingRun(stateId: string, run: PendingRun): void {
  window.sessionStorage.setItem(PENDING_PREFIX + stateId, JSON.stringify(run));
}

export function takePendingRun(stateId: string): PendingRun | undefined {
  const raw = window.sessionStorage.getItem(PENDING_PREFIX + stateId);
  return raw ? (JSON.parse(raw) as PendingRun) : undefined;
}

export function forgetPendingRun(stateId: string): void {
  window.sessionStorage.removeItem(PENDING_PREFIX + stateId);
}

const HISTORY_KEY = 'oidc-playground.runs';
/** Runs kept for comparison, newest first. Session storage only: they hold tokens. */
export const HISTORY_LENGTH = 10;

export function saveLastRun(run: FlowRun): void {
  window.sessionStorage.setItem(LAST_RUN_KEY, JSON.stringify(run));
  const history = [run, ...loadRunHistory().filter((r) => r.id !== run.id)].slice(0, HISTORY_LENGTH);
  try {
    window.sessionStorage.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage full: keep the last run at least.
    window.sessionStorage.setItem(HISTORY_KEY, JSON.stringify([run]));
  }
}

export function loadRunHistory(): FlowRun[] {
  try {
    const raw = window.sessionStorage.getItem(HISTORY_KEY);
    return raw ? (JSON.parse(raw) as FlowRun[]) : [];
  } catch {
    return [];
  }
}

export function loadLastRun(): FlowRun | undefined {
  try {
    const raw = window.sessionStorage.getItem(LAST_RUN_KEY);
    return raw ? (JSON.parse(raw) as FlowRun) : undefined;
  } catch {
    return undefined;
  }
}

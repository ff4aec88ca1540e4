import { endpointKind } from './endpoint-kind';
import type { FlowError } from './flow-run';
import { failureStageOf } from './endpoint-kind';

/** A call to the provider that has been sent and not yet answered. */
export interface CallInFlight {
  readonly method: string;
  readonly url: string;
  /** The form body of a POST, so a refresh is told from a code exchange (both go to the token endpoint). */
  readonly body: string | undefined;
  /** When it was sent, in milliseconds (the caller's clock). */
  readonly sentAt: number;
}

/** What the person is waiting for, named as a step of the flow. */
export type WaitStep = 'discovery' | 'code-exchange' | 'refresh' | 'userinfo' | 'verification' | 'introspection' | 'provider-call';

export const WAIT_THRESHOLDS = {
  /** Below this a wait is not worth a word: most mock calls answer in a few milliseconds. */
  showAfterMs: 300,
  /** From here on the provider is called slow and the person is offered to cancel. */
  slowAfterMs: 10_000,
} as const;

export type WaitProgress =
  | { readonly outcome: 'idle' }
  | { readonly outcome: 'waiting'; readonly step: WaitStep; readonly url: string; readonly elapsedMs: number; readonly slow: boolean };

/**
 * What the status line says: the longest-waiting call, once it has waited past the threshold.
 * Calls sent side by side (userinfo and the JWKS) are one wait; the oldest one still open names it.
 */
export function waitProgress(inFlight: readonly CallInFlight[], nowMs: number): WaitProgress {
  const oldest = [...inFlight].sort((a, b) => a.sentAt - b.sentAt)[0];
  if (!oldest) return { outcome: 'idle' };
  const elapsedMs = Math.max(0, nowMs - oldest.sentAt);
  if (elapsedMs < WAIT_THRESHOLDS.showAfterMs) return { outcome: 'idle' };
  return { outcome: 'waiting', step: waitStepOf(oldest), url: oldest.url, elapsedMs, slow: elapsedMs >= WAIT_THRESHOLDS.slowAfterMs };
}

/**
 * The step a call belongs to. At the token endpoint, `grant_type` says which: RFC 6749 §4.1.3
 * (authorization_code) or §6 (refresh_token). https://www.rfc-editor.org/rfc/rfc6749#section-6
 */
export function waitStepOf(call: Pick<CallInFlight, 'url' | 'body'>): WaitStep {
  switch (endpointKind(call.url)) {
    case 'discovery':
      return 'discovery';
    case 'token':
      return new URLSearchParams(call.body ?? '').get('grant_type') === 'refresh_token' ? 'refresh' : 'code-exchange';
    case 'userinfo':
      return 'userinfo';
    // The keys are fetched to check the id_token's signature.
    case 'jwks':
      return 'verification';
    case 'introspection':
      return 'introspection';
    case 'other':
      return 'provider-call';
  }
}

/** The flow step a cancelled wait stops a run at, for its FlowError. */
export function stageOfCancelledCall(url: string): FlowError['stage'] {
  return failureStageOf(endpointKind(url));
}

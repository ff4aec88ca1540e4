import { waitStepOf, type CallInFlight } from '../domain/flow/wait-progress';
import { cancelledWaitText } from '../domain/messages';
import { createExternalStore } from './external-store';

/** Raised into a call the person cancelled from the status line; the recorder marks its exchange. */
export class CancelledCallError extends Error {
  readonly call: CallInFlight;
  readonly elapsedMs: number;
  constructor(call: CallInFlight, elapsedMs: number) {
    super(cancelledWaitText(waitStepOf(call), call.url, elapsedMs));
    this.call = call;
    this.elapsedMs = elapsedMs;
  }
}

interface OpenCall {
  readonly call: CallInFlight;
  readonly cancel: (nowMs: number) => void;
}

/** The provider calls sent and not yet answered, for the status line (src/components/wait-status.tsx). In memory only. */
const open = createExternalStore<readonly OpenCall[]>([]);

/**
 * Notes a call as sent. `cancelled` rejects if the person cancels while it is open; `done` must be
 * called when it is answered either way.
 */
export function openCall(call: CallInFlight): { cancelled: Promise<never>; done: () => void } {
  let reject: (error: CancelledCallError) => void = () => undefined;
  const cancelled = new Promise<never>((_, r) => (reject = r));
  // Nobody may be listening when it is not cancelled: never an unhandled rejection.
  cancelled.catch(() => undefined);
  const entry: OpenCall = { call, cancel: (nowMs) => reject(new CancelledCallError(call, nowMs - call.sentAt)) };
  open.set([...open.get(), entry]);
  return { cancelled, done: () => open.set(open.get().filter((e) => e !== entry)) };
}

export function useCallsInFlight(): readonly CallInFlight[] {
  return open.use().map((entry) => entry.call);
}

/** Cancels every open call: the run they belong to fails, saying where it stopped. */
export function cancelCallsInFlight(nowMs: number): void {
  for (const entry of open.get()) entry.cancel(nowMs);
}

import { createExternalStore, readStored } from './external-store';

/** A request about to leave, held until the person continues (step-through, issue 27). */
export interface HeldStep {
  readonly kind: 'redirect' | 'call';
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

interface Held {
  readonly step: HeldStep;
  readonly release: () => void;
}

const KEY = 'oidc-playground.step-through';

/** Whether to pause before each redirect and provider call; kept across reloads (a real provider's sign-in is a page load). */
const enabled = createExternalStore<boolean>(
  readStored(() => window.localStorage.getItem(KEY) === 'on', false),
  (on) => window.localStorage.setItem(KEY, on ? 'on' : 'off'),
);
/** The steps waiting, oldest first: calls sent side by side (userinfo and the JWKS) wait one after the other. */
const held = createExternalStore<readonly Held[]>([]);

export const useStepThrough: () => boolean = enabled.use;
export const setStepThrough: (on: boolean) => void = enabled.set;
export const steppingThrough: () => boolean = enabled.get;

/** Resolves at once when step-through is off; otherwise when the person continues past this step. */
export function pauseBefore(step: HeldStep): Promise<void> {
  if (!enabled.get()) return Promise.resolve();
  return new Promise((resolve) => {
    const entry: Held = { step, release: () => resolve() };
    held.set([...held.get(), entry]);
  });
}

export function useHeldStep(): { readonly step: HeldStep; readonly waiting: number } | undefined {
  const queue = held.use();
  const first = queue[0];
  return first ? { step: first.step, waiting: queue.length } : undefined;
}

/** Lets the oldest held step go. */
export function continueStep(): void {
  const [first, ...rest] = held.get();
  held.set(rest);
  first?.release();
}

/** Lets every held step go and stops pausing: the run goes on to its end. */
export function runToEnd(): void {
  const queue = held.get();
  held.set([]);
  enabled.set(false);
  for (const entry of queue) entry.release();
}

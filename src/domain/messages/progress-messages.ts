import type { WaitProgress, WaitStep } from '../flow/wait-progress';

const STEPS: Record<WaitStep, string> = {
  discovery: 'Reading the provider’s discovery document',
  'code-exchange': 'Exchanging the code for tokens',
  refresh: 'Refreshing the tokens',
  userinfo: 'Asking the provider for the user’s claims (userinfo)',
  verification: 'Fetching the provider’s published keys to check the id_token’s signature',
  introspection: 'Asking the provider about the access token (introspection)',
  'provider-call': 'Waiting for the provider',
};

export function waitStepText(step: WaitStep): string {
  return STEPS[step];
}

/** Seconds with one decimal under 10 s, whole seconds after: what a person reads at a glance. */
export function elapsedText(elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds)} s`;
}

/** The status line: the step, then (when slow) that the provider is slow and may be cancelled. */
export function waitProgressText(progress: Extract<WaitProgress, { outcome: 'waiting' }>): { readonly step: string; readonly slow: string | undefined } {
  return {
    step: `${waitStepText(progress.step)}…`,
    slow: progress.slow ? 'The provider is slow to answer. You can keep waiting, or cancel: the run then stops here and says where.' : undefined,
  };
}

/** A run the person cancelled: where it stopped, after how long. */
export function cancelledWaitText(step: WaitStep, url: string, elapsedMs: number): string {
  return `Cancelled after ${elapsedText(elapsedMs)} while waiting for ${url}. The run stopped at this step: ${waitStepText(step).toLowerCase()}.`;
}

/** What a launch is waiting for, step by step (src/lib/sign-in.ts reports them). */
export type LaunchPhase = 'mock-provider' | 'discovery' | 'login-page' | 'token-endpoint';

const WAITING_FOR: Record<LaunchPhase, string> = {
  'mock-provider': 'the built-in mock provider to start in this tab (its service worker has not taken control yet)',
  discovery: 'the provider’s discovery document',
  'login-page': 'the provider’s login page to load',
  // Client credentials (RFC 6749 §4.4): the launch is the token request itself.
  'token-endpoint': 'the provider’s token endpoint to answer',
};

/** Said once a launch has waited long: for what, and that other tabs starting at once can be the cause. */
export function launchWaitText(phase: LaunchPhase, seconds: number): string {
  return `Still waiting after ${seconds} s for ${WAITING_FOR[phase]}. Tabs started at the same time share this browser’s work, which can slow each one down. Your request is kept; try again if nothing moves.`;
}

export const TRY_LAUNCH_AGAIN = 'Try again';

/** The mock provider's worker never took the tab over: a new page is what starts it afresh. */
export function workerNotInControlText(seconds: number): string {
  return `it did not take control of this tab within ${seconds} s. Reloading the page starts it afresh.`;
}

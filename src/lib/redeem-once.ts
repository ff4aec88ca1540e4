import type { FlowRun } from '../domain/flow/flow-run';
import { completeSignIn } from './sign-in';

/**
 * Each callback URL is redeemed once per page load, whoever asks: the callback's loader, its screen,
 * React StrictMode's second effect. A code is one-time: a second exchange would fail with
 * invalid_grant and hide the first outcome (RFC 6749 §4.1.2, https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2).
 * A guard rather than TanStack Query, so the flow's screens run without Query (issue 29).
 */
const redemptions = new Map<string, Promise<FlowRun>>();

export function redeemOnce(callbackUrl: string): Promise<FlowRun> {
  let redemption = redemptions.get(callbackUrl);
  if (!redemption) {
    redemption = completeSignIn(callbackUrl);
    redemptions.set(callbackUrl, redemption);
  }
  return redemption;
}

/**
 * Each callback URL is redeemed once per page load, whoever asks: the callback's loader, its screen,
 * React StrictMode's second effect. A code is one-time: a second exchange would fail with
 * invalid_grant and hide the first outcome (RFC 6749 §4.1.2, https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2),
 * and a failed redemption is not tried again either. A guard rather than TanStack Query, so the
 * flow's screens run without Query (issue 29).
 */
export function redeemingOnce<T>(redeem: (callbackUrl: string) => Promise<T>): (callbackUrl: string) => Promise<T> {
  const redemptions = new Map<string, Promise<T>>();
  return (callbackUrl) => {
    let redemption = redemptions.get(callbackUrl);
    if (!redemption) {
      redemption = redeem(callbackUrl);
      redemptions.set(callbackUrl, redemption);
    }
    return redemption;
  };
}

import { readUrlParameters } from '../request/url-parameters';

/**
 * Whether `/` offers the Learn path in one line: on a first visit only, never again once
 * dismissed, and never on a page opened with the automation contract's parameters (a permalink,
 * autostart, deterministic mode), so automated runs and their snapshots never see it.
 */
export function shouldOfferPath({ dismissed, search }: { readonly dismissed: boolean; readonly search: URLSearchParams }): boolean {
  if (dismissed) return false;
  return readUrlParameters(search) === undefined;
}

import { parseDiscoveryDocument, type DiscoveryDocument } from '../domain/provider/discovery-document';
import { discoveryUrl } from '../domain/provider/discovery-url';
import { explainFetchFailure } from '../domain/explain/explain-fetch-failure';
import { checkProviderUrl } from '../domain/provider/provider-url';
import { failureCause } from './failure-cause';

export type DiscoveryResult =
  | { outcome: 'ok'; document: DiscoveryDocument }
  | { outcome: 'failed'; reason: 'unreachable' | 'cors-blocked' | 'http-error' | 'not-json' | 'invalid' | 'unsafe-url' | 'issuer-mismatch'; message: string };

/**
 * Fetches and checks a provider's discovery document. A browser reports a refused cross-origin
 * call and a network outage the same way; a no-cors probe tells them apart (failure-cause.ts).
 */
export async function fetchDiscovery(issuer: string, { at }: { at?: string } = {}): Promise<DiscoveryResult> {
  // `at` only for the built-in mock in deterministic mode: its identifier is origin-free, its
  // document is where it lives (src/domain/mock/mock-issuer.ts). A real provider is asked where it says it is.
  const url = at ?? discoveryUrl(issuer);
  // The app's own origin is trusted: the built-in mock lives there, whatever the host.
  const urlRule = { trustedOrigin: window.location.origin };
  const issuerCheck = checkProviderUrl(issuer, 'issuer', urlRule);
  if (issuerCheck.outcome === 'refused') return { outcome: 'failed', reason: 'unsafe-url', message: issuerCheck.message };
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    const cause = await failureCause(url);
    const explained = explainFetchFailure({ url, endpoint: 'discovery', appOrigin: window.location.origin, cause });
    return { outcome: 'failed', reason: cause === 'cors' ? 'cors-blocked' : 'unreachable', message: explained.description };
  }
  const text = await response.text();
  if (!response.ok) return { outcome: 'failed', reason: 'http-error', message: `${url} answered HTTP ${response.status}. Check the issuer URL.` };
  const parsed = parseDiscoveryDocument(text, issuer, urlRule);
  if (parsed.outcome !== 'valid') return { outcome: 'failed', reason: parsed.outcome, message: parsed.message };
  return { outcome: 'ok', document: parsed.document };
}

/**
 * The discovery query's options, for the screens that cache it (the real provider's fields, the
 * issuer's keys). A plain object, not TanStack's queryOptions(): the sign-in imports this module, and
 * the flow's screens run without TanStack Query (issue 29).
 */
export const discoveryQuery = (issuer: string, at?: string) => ({
  queryKey: ['discovery', issuer, at ?? ''] as const,
  queryFn: () => fetchDiscovery(issuer, { at }),
  staleTime: 5 * 60_000,
});

import { queryOptions } from '@tanstack/react-query';
import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { checkProviderUrl } from '../domain/provider/provider-url';
import { discoveryQuery } from './discovery';
import { discoveryUrl } from '../domain/provider/discovery-url';
import { ensureMockProvider, isMockIssuerIdentifier, mockIssuerUrl } from './mock-provider';
import { queryClient, queryKeys } from './query-client';

export type IssuerKeys =
  | { readonly outcome: 'ok'; readonly document: DiscoveryDocument; readonly jwks: unknown }
  | { readonly outcome: 'failed'; readonly stage: 'issuer' | 'discovery' | 'jwks'; readonly message: string };

/**
 * An issuer's discovery document and JWKS, the only two things a pasted token makes this page
 * fetch. The issuer comes from untrusted input (a token's `iss`), and so does `jwks_uri`: each is
 * checked for its scheme before anything is fetched. The in-browser mock is started first when
 * the issuer is the mock's, since a directly opened /inspect has no worker yet.
 */
async function fetchIssuerKeys(issuer: string): Promise<IssuerKeys> {
  // The one URL rule of src/domain/provider/provider-url.ts; the app's own origin is the mock's.
  const urlRule = { trustedOrigin: window.location.origin };
  const issuerUrl = checkProviderUrl(issuer, 'issuer', urlRule);
  if (issuerUrl.outcome === 'refused') return { outcome: 'failed', stage: 'issuer', message: `The issuer is not fetched: ${issuerUrl.message}` };
  const mock = isMockIssuerIdentifier(issuer);
  if (mock) await ensureMockProvider();
  // The mock's deterministic identifier is origin-free; its document is where it lives (src/domain/mock/mock-issuer.ts).
  const discovery = await queryClient.fetchQuery(discoveryQuery(issuer, mock ? discoveryUrl(mockIssuerUrl()) : undefined));
  if (discovery.outcome === 'failed') return { outcome: 'failed', stage: 'discovery', message: discovery.message };
  const jwksUri = discovery.document.jwks_uri;
  if (!jwksUri) return { outcome: 'failed', stage: 'jwks', message: 'The discovery document names no jwks_uri, so there are no published keys to check with.' };
  const jwksUrl = checkProviderUrl(jwksUri, 'jwks_uri', urlRule);
  if (jwksUrl.outcome === 'refused') return { outcome: 'failed', stage: 'jwks', message: `The jwks_uri is not fetched: ${jwksUrl.message}` };
  let response: Response;
  try {
    response = await fetch(jwksUrl.url, { headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch {
    return { outcome: 'failed', stage: 'jwks', message: `No answer from ${jwksUri}: the provider is down, or it does not allow this origin (${window.location.origin}) for CORS.` };
  }
  if (!response.ok) return { outcome: 'failed', stage: 'jwks', message: `${jwksUri} answered HTTP ${response.status}.` };
  try {
    return { outcome: 'ok', document: discovery.document, jwks: await response.json() };
  } catch {
    return { outcome: 'failed', stage: 'jwks', message: `${jwksUri} did not answer with JSON.` };
  }
}

export const issuerKeysQuery = (issuer: string) =>
  queryOptions({ queryKey: queryKeys.issuerKeys(issuer), queryFn: () => fetchIssuerKeys(issuer), staleTime: 60_000 });

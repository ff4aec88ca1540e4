import { useQuery } from '@tanstack/react-query';
import type { DiscoveryDocument } from '../../domain/provider/discovery-document';
import { issuerKeysQuery } from '../../lib/issuer-keys';
import { queryKeys } from '../../lib/query-client';
import type { SignatureStatus } from '../../domain/flow/flow-run';
import { verifySignature } from '../../domain/flow/verify-id-token';

export type SignatureCheck =
  | { readonly state: 'idle' }
  | { readonly state: 'pending'; readonly issuer: string }
  | { readonly state: 'done'; readonly signature: SignatureStatus; readonly discovery: DiscoveryDocument | undefined };

/**
 * Verifies a pasted JWT against its issuer's published keys. The token lives in this query only
 * while the page shows it (no cache time), never in storage.
 */
export function useSignature(token: string | undefined, issuer: string): SignatureCheck {
  const enabled = token !== undefined && issuer !== '';
  const keys = useQuery({ ...issuerKeysQuery(issuer), enabled });
  const ok = keys.data?.outcome === 'ok' ? keys.data : undefined;
  const signature = useQuery({
    queryKey: queryKeys.inspectSignature(issuer, token ?? ''),
    queryFn: () => verifySignature(token!, ok?.jwks),
    enabled: enabled && ok !== undefined,
    gcTime: 0,
  });
  if (!enabled) return { state: 'idle' };
  if (keys.isError) return notChecked(keys.error instanceof Error ? keys.error.message : String(keys.error));
  if (keys.data?.outcome === 'failed') return notChecked(keys.data.message);
  if (signature.isError) return notChecked(signature.error instanceof Error ? signature.error.message : String(signature.error));
  if (!signature.data || !ok) return { state: 'pending', issuer };
  return { state: 'done', signature: signature.data, discovery: ok.document };
}

function notChecked(message: string): SignatureCheck {
  return { state: 'done', signature: { status: 'unverified', detail: `The signature was not checked. ${message}` }, discovery: undefined };
}

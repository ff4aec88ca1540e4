import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    // networkMode 'always': the mock provider answers inside the page, so being offline must not
    // pause a query or a mutation; a real provider that cannot be reached fails with its own message.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity, networkMode: 'always' },
    mutations: { networkMode: 'always' },
  },
});

/** Query keys from one factory, so no two features invent the same key differently. */
export const queryKeys = {
  mockProvider: () => ['mock-provider'] as const,
  endSession: (search: string) => ['mock-end-session', search] as const,
  /** The mock's page look as configured at launch, per page visit (the search holds the request's state). */
  providerLook: (search: string) => ['mock-provider-look', search] as const,
  issuerKeys: (issuer: string) => ['issuer-keys', issuer] as const,
  /** Holds a pasted token: such a query is kept only while shown (gcTime 0). */
  inspectSignature: (issuer: string, token: string) => ['inspect-signature', issuer, token] as const,
  accessTokenSignature: (token: string) => ['access-token-signature', token] as const,
};

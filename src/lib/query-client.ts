import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } },
});

/** Query keys from one factory, so no two features invent the same key differently. */
export const queryKeys = {
  callback: (url: string) => ['callback', url] as const,
  mockProvider: () => ['mock-provider'] as const,
  authorizeCheck: (search: string) => ['mock-authorize', search] as const,
  endSession: (search: string) => ['mock-end-session', search] as const,
};

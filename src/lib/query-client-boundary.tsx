import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, type ComponentType, type ReactNode } from 'react';
import { queryClient } from './query-client';

/**
 * The app's query client, provided where queries run: around each lazily loaded screen and the real
 * provider's fields, not around the whole app, so TanStack Query is not on the first route of `/`
 * (issue 29: the compose screen of the mock runs no query). Every boundary provides the same client,
 * so the cache is shared across screens. Inside a client already provided (a component test's), it
 * adds nothing.
 */
export function QueryClientBoundary({ children }: { children: ReactNode }) {
  const provided = useContext(QueryClientContext);
  return provided ? children : <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** `Component` inside the app's query client. */
export function withQueryClient<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function WithQueryClient(props: P) {
    return (
      <QueryClientBoundary>
        <Component {...props} />
      </QueryClientBoundary>
    );
  }
  WithQueryClient.displayName = `WithQueryClient(${Component.displayName ?? Component.name})`;
  return WithQueryClient;
}

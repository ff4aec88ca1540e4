import type { DiscoveryDocument } from '../domain/provider/discovery-document';
import { createExternalStore } from './external-store';

interface Discovered {
  readonly issuer: string;
  readonly document: DiscoveryDocument;
}

/**
 * The real provider's discovery document as the compose screen checks the request against it. The
 * real provider's fields (their own chunk, with TanStack Query) hold the query and put its document
 * here, so the compose screen of the mock, the default, loads no query code (issue 29).
 */
const discovered = createExternalStore<Discovered | undefined>(undefined);

/** Called by the real provider's fields whenever their discovery query's result changes. */
export function setDiscoveredDocument(issuer: string, document: DiscoveryDocument | undefined): void {
  const current = discovered.get();
  if (current?.issuer === issuer && current.document === document) return;
  discovered.set(document ? { issuer, document } : undefined);
}

/** The discovery document fetched for this issuer, if any. */
export function useDiscoveredDocument(issuer: string): DiscoveryDocument | undefined {
  const current = discovered.use();
  return current?.issuer === issuer.trim() ? current.document : undefined;
}

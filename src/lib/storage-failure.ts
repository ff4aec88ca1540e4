import { storageFailureText, type StorageWrite } from '../domain/messages';
import { storageFaultOf, type StorageFault, type WebStorageName } from '../domain/text/storage-fault';

/** A write to web storage that failed, said in words: which storage, why, what was kept, what frees it. */
export class StorageWriteError extends Error {
  readonly storage: WebStorageName;
  readonly fault: StorageFault;
  readonly write: StorageWrite;

  constructor(storage: WebStorageName, fault: StorageFault, write: StorageWrite) {
    super(storageFailureText(storage, fault, write));
    this.name = 'StorageWriteError';
    this.storage = storage;
    this.fault = fault;
    this.write = write;
  }
}

/**
 * Runs a write to web storage. The browser throws a DOMException when storage is full or refused
 * (https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-setitem); that becomes a
 * StorageWriteError. Anything else passes through unchanged.
 */
export function writingTo<T>(storage: WebStorageName, write: StorageWrite, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asStorageWriteError(error, storage, write);
  }
}

/** The same for a write inside a promise (oidc-client-ts keeps its sign-in state asynchronously). */
export async function writingToAsync<T>(storage: WebStorageName, write: StorageWrite, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asStorageWriteError(error, storage, write);
  }
}

function asStorageWriteError(error: unknown, storage: WebStorageName, write: StorageWrite): unknown {
  return error instanceof DOMException ? new StorageWriteError(storage, storageFaultOf(error.name), write) : error;
}

/** Where the mock provider keeps its records in local storage (mocks/provider/store.ts). */
const MOCK_PROVIDER_PREFIX = 'oidc-playground.mock-op.';

/** Removes every record of the mock provider from local storage; returns how many went. */
export function clearMockProviderData(): number {
  const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i)).filter(
    (key): key is string => key?.startsWith(MOCK_PROVIDER_PREFIX) === true,
  );
  for (const key of keys) window.localStorage.removeItem(key);
  return keys.length;
}

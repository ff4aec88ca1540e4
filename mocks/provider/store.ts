/**
 * Where the mock provider keeps its state. In the browser every page load of the flow starts
 * the handlers afresh, so keys, codes and tokens live in web storage under one prefix; under
 * Node they live in memory.
 */
export interface ProviderStore {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Every key held, so that spent and expired records can be swept (storage-budget.ts). */
  keys(): string[];
}

const STORAGE_PREFIX = 'oidc-playground.mock-op.';

export function memoryStore(): ProviderStore {
  const values = new Map<string, string>();
  return {
    get: <T>(key: string) => (values.has(key) ? (JSON.parse(values.get(key)!) as T) : undefined),
    set: (key, value) => void values.set(key, JSON.stringify(value)),
    delete: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}

export function webStorageStore(storage: Storage, prefix = STORAGE_PREFIX): ProviderStore {
  return {
    get<T>(key: string) {
      const raw = storage.getItem(prefix + key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    set: (key, value) => storage.setItem(prefix + key, JSON.stringify(value)),
    delete: (key) => storage.removeItem(prefix + key),
    keys() {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length));
      }
      return keys;
    },
  };
}

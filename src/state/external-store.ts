import { useSyncExternalStore } from 'react';

/**
 * One value that components read and follow (React's useSyncExternalStore), and that code outside
 * React reads and sets. The stores of src/state are each one of these with their own rules on top.
 */
export interface ExternalStore<T> {
  get(): T;
  /** Sets the value, saves it (when the store saves), and re-renders every component that reads it. */
  set(next: T): void;
  /** The value in a component, which re-renders when it changes. */
  use(): T;
}

/**
 * @param onSaved told after every save whether it held: undefined, or the exception storage threw
 * (full, disabled or refused), for a store that must say so where its entries are shown.
 */
export function createExternalStore<T>(initial: T, save?: (value: T) => void, onSaved?: (failure: unknown) => void): ExternalStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const get = () => current;
  return {
    get,
    set(next) {
      current = next;
      if (save) {
        try {
          save(next);
          onSaved?.(undefined);
        } catch (error) {
          // Storage full, disabled or refused (private mode): the value still holds for this page.
          onSaved?.(error ?? 'refused');
        }
      }
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, get),
  };
}

/** A stored value read with `read`, or the fallback when storage is refused or its text is broken. */
export function readStored<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

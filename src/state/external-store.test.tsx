import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createExternalStore, readStored } from './external-store';

describe('createExternalStore', () => {
  it('gives the value to code and components, and re-renders those that read it when it changes', () => {
    const store = createExternalStore('first');
    function Reader() {
      return <p>{store.use()}</p>;
    }
    render(<Reader />);
    expect(screen.getByText('first')).toBeTruthy();

    act(() => store.set('second'));

    expect(store.get()).toBe('second');
    expect(screen.getByText('second')).toBeTruthy();
  });

  it('saves every value it is given, and keeps it when saving fails', () => {
    const save = vi.fn();
    const store = createExternalStore<number>(0, save);
    store.set(1);
    expect(save).toHaveBeenCalledWith(1);

    save.mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => store.set(2)).not.toThrow();
    expect(store.get()).toBe(2);
  });
});

describe('readStored', () => {
  it('reads, or falls back when reading throws', () => {
    expect(readStored(() => 'kept', 'fallback')).toBe('kept');
    expect(readStored(() => JSON.parse('{broken') as string, 'fallback')).toBe('fallback');
  });
});

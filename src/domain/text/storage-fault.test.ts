import { describe, expect, it } from 'vitest';
import { storageFaultOf } from './storage-fault';

describe('storageFaultOf', () => {
  it('reads a quota error, by either browser’s name, as a full store', () => {
    expect(storageFaultOf('QuotaExceededError')).toBe('full');
    expect(storageFaultOf('NS_ERROR_DOM_QUOTA_REACHED')).toBe('full');
  });

  it('reads any other failure as a store that refuses writes', () => {
    expect(storageFaultOf('SecurityError')).toBe('refused');
    expect(storageFaultOf('Error')).toBe('refused');
  });
});

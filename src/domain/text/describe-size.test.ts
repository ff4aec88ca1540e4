import { describe, expect, it } from 'vitest';
import { describeSize } from './describe-size';

describe('describeSize', () => {
  it('reads as kB or MB', () => {
    expect(describeSize(1_048_576)).toBe('1.0 MB');
    expect(describeSize(400_000)).toBe('400 kB');
  });

  it('rounds kB up, so a size just over a limit never reads as the limit', () => {
    expect(describeSize(400_001)).toBe('401 kB');
    expect(describeSize(1)).toBe('1 kB');
  });
});

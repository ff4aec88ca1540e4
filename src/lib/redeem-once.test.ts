import { describe, expect, it, vi } from 'vitest';
import { redeemingOnce } from './redeem-once';

describe('redeemingOnce', () => {
  it('exchanges a callback URL once however often it is asked (the loader, the screen, StrictMode)', async () => {
    const redeem = vi.fn(async (url: string) => ({ url }));
    const redeemOnce = redeemingOnce(redeem);
    const url = 'https://app.example/callback?code=one&state=a';
    const [first, second] = await Promise.all([redeemOnce(url), redeemOnce(url)]);
    const third = await redeemOnce(url);
    expect(first).toEqual({ url });
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(redeem).toHaveBeenCalledTimes(1);
  });

  it('never tries a failed redemption again: the code is spent, the first failure is the answer', async () => {
    const redeem = vi.fn(async (url: string): Promise<string> => {
      throw new Error(`no matching state for ${url}`);
    });
    const redeemOnce = redeemingOnce(redeem);
    const url = 'https://app.example/callback?code=two&state=b';
    await expect(redeemOnce(url)).rejects.toThrow('no matching state');
    await expect(redeemOnce(url)).rejects.toThrow('no matching state');
    expect(redeem).toHaveBeenCalledTimes(1);
  });

  it('redeems another callback URL on its own', async () => {
    const redeem = vi.fn(async (url: string) => url);
    const redeemOnce = redeemingOnce(redeem);
    await redeemOnce('https://app.example/callback?code=three&state=c');
    await redeemOnce('https://app.example/callback?code=four&state=d');
    expect(redeem.mock.calls.map(([url]) => url)).toEqual(['https://app.example/callback?code=three&state=c', 'https://app.example/callback?code=four&state=d']);
  });
});

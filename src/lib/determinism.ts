import { isMockIssuer, type ComposedRequest } from '../domain/request/composed-request';
import { launchSeed } from '../domain/request/launch-seed';
import { seededBytes } from '../domain/text/seeded-random';

/**
 * Runs `work` with the page's random source replaced by the seed's stream, so oidc-client-ts
 * makes the same state and PKCE verifier and we make the same nonce on every seeded run. Only for
 * the mock provider in deterministic mode; the real source is restored right after. The stream
 * follows the launch's settings too (launchSeed), so two tabs with one seed and different settings
 * never share a `state`.
 */
export async function withSeededRandom<T>(request: ComposedRequest, work: () => Promise<T>): Promise<T> {
  const seed = isMockIssuer(request.issuer) ? request.mock.seed : '';
  if (!seed) return work();
  const counterKey = `oidc-playground.seed-counter.${seed}`;
  const stream = launchSeed(seed, request);
  const original = crypto.getRandomValues.bind(crypto);
  crypto.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => {
    if (!(array instanceof Uint8Array || array instanceof Uint32Array || array instanceof Uint16Array)) return original(array as never);
    const counter = Number(window.sessionStorage.getItem(counterKey) ?? '0');
    window.sessionStorage.setItem(counterKey, String(counter + 1));
    const bytes = seededBytes(stream, counter, array.byteLength);
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
    return array;
  });
  try {
    return await work();
  } finally {
    crypto.getRandomValues = original;
  }
}

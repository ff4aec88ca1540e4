import type { ProviderContext } from './context';
import { randomToken } from './random';

const nonceSlot = 'dpop-nonce';

/** RFC 9449 §8: the provider's current DPoP nonce, made once and kept in its store. */
export function currentNonce(context: ProviderContext): string {
  const stored = context.store.get<string>(nonceSlot);
  if (stored) return stored;
  const nonce = randomToken(22, context.random);
  context.store.set(nonceSlot, nonce);
  return nonce;
}

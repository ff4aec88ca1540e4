import type { ComposedRequest } from './composed-request';
import { seedStream } from '../text/seeded-random';

/**
 * What a seeded launch draws its `state`, nonce and PKCE verifier from: the seed and the launch's
 * settings together. The mock binds a sign-in's settings to its `state` (mocks/provider/launches.ts),
 * so two tabs that drew the same `state` from the seed alone bound two settings to one sign-in and
 * the later launch won. Now:
 * - same seed, same settings: the same values on every machine, as snapshots need; two tabs that
 *   share a `state` then bind the same settings to it, which changes nothing;
 * - same seed, other settings: other values, so a sign-in never runs with another tab's settings.
 */
export function launchSeed(seed: string, request: ComposedRequest): string {
  return seedStream(seed, request);
}

import type { ComposedRequest } from './composed-request';

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
  return `${seed}\u0000${canonicalJson(request)}`;
}

/** JSON with every object's keys in one order, so the same settings read the same however they were built (a link, the form, a stored copy). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

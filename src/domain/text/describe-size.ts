/**
 * "1.2 MB", "340 kB": sizes in messages. Its own module, not json-limits.ts: the compose screen's
 * input limits word sizes with it, and the JSON depth limits belong to the results and /inspect
 * (issue 29: the first route of `/` carries only what its first paint uses).
 */
export function describeSize(characters: number): string {
  return characters >= 1_000_000 ? `${(characters / 1_000_000).toFixed(1)} MB` : `${Math.ceil(characters / 1000)} kB`;
}

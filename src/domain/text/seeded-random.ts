/**
 * Deterministic bytes for a seed and a position in its stream: the same (seed, counter) gives the
 * same bytes on every machine. For deterministic demo and snapshot runs only — never for secrets
 * that protect anything.
 */
export function seededBytes(seed: string, counter: number, length: number): Uint8Array {
  let state = hashString(`${seed}#${counter}`);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    // mulberry32: small, fast, and well spread for this purpose.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

/**
 * One stream per seed and settings: what was launched with one seed and different settings (another
 * user, policy or profile) never draws the same values, while the same seed and settings always do.
 * The settings are read as canonical JSON, so how their object was built does not matter.
 */
export function seedStream(seed: string, settings: unknown): string {
  return `${seed}\u0000${canonicalJson(settings)}`;
}

/** JSON with every object's keys in one order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function hashString(text: string): number {
  let hash = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 3432918353);
    hash = (hash << 13) | (hash >>> 19);
  }
  return hash >>> 0;
}

/** An ISO 8601 date and time with its offset (RFC 3339 §5.6): a bare date would leave the time to guesswork. */

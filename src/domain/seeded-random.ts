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

function hashString(text: string): number {
  let hash = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 3432918353);
    hash = (hash << 13) | (hash >>> 19);
  }
  return hash >>> 0;
}

/** An ISO 8601 date and time with its offset (RFC 3339 §5.6): a bare date would leave the time to guesswork. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A fixed "now" from the `clock` setting, in milliseconds; undefined when unset or not a date and time. */
export function fixedClock(clock: string): number | undefined {
  if (clock.trim() === '' || !ISO_DATE_TIME.test(clock.trim())) return undefined;
  const millis = Date.parse(clock.trim());
  return Number.isNaN(millis) ? undefined : millis;
}

/** What is wrong with a typed clock, or undefined when it is empty (the real clock) or a date and time. */
export function checkClock(clock: string): string | undefined {
  const text = clock.trim();
  if (text === '' || fixedClock(text) !== undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `Clock: ${text} has no time; add one, such as ${text}T09:30:00Z.`;
  return 'Clock: not an ISO date and time; write it like 2026-01-15T09:30:00Z, or leave it empty for the real clock.';
}

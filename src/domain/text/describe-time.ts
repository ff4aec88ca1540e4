/**
 * Claims whose value is a time: NumericDate, seconds since 1970-01-01T00:00:00Z (RFC 7519 §2;
 * OIDC Core §2 for iat, exp, auth_time, and §5.1 for updated_at).
 */
const TIME_CLAIMS = ['iat', 'exp', 'auth_time', 'updated_at', 'nbf'] as const;
export type TimeClaim = (typeof TIME_CLAIMS)[number];

export function isTimeClaim(claim: string): claim is TimeClaim {
  return (TIME_CLAIMS as readonly string[]).includes(claim);
}

export interface TimeDescription {
  /** UTC date-time, whole seconds without a fraction: `2026-01-15T10:30:00Z`. */
  readonly iso: string;
  /** "in 59 minutes", "3 days ago", "just now". */
  readonly relative: string;
}

/** ECMAScript dates reach ±8.64e15 ms (ECMA-262 §21.4.1.22); a token can carry any number. */
const LARGEST_DATE_SECONDS = 8.64e12;

const UNITS: ReadonlyArray<readonly [seconds: number, name: string]> = [
  [60, 'minute'],
  [3600, 'hour'],
  [86400, 'day'],
  [86400 * 30, 'month'],
  [86400 * 365, 'year'],
];

/**
 * A NumericDate as a UTC date-time and as a phrase relative to `nowSeconds`. "Now" is a
 * parameter so screenshots and tests are the same on every run. Undefined when the number is no
 * date at all (NaN, Infinity, beyond what a Date holds): a token's content is untrusted.
 */
export function describeTime(epochSeconds: number, nowSeconds: number): TimeDescription | undefined {
  if (!Number.isFinite(epochSeconds) || Math.abs(epochSeconds) > LARGEST_DATE_SECONDS) return undefined;
  const iso = new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
  return { iso, relative: relativePhrase(epochSeconds - nowSeconds) };
}

function relativePhrase(delta: number): string {
  const size = Math.abs(delta);
  if (!Number.isFinite(size) || size < 45) return 'just now';
  let unit = UNITS.findLast(([seconds]) => size >= seconds) ?? UNITS[0];
  const next = unit && UNITS[UNITS.indexOf(unit) + 1];
  if (!unit) return 'just now';
  let count = Math.round(size / unit[0]);
  // 59.6 minutes reads as "1 hour", not "60 minutes".
  if (next && count * unit[0] >= next[0]) {
    unit = next;
    count = Math.max(1, Math.round(size / next[0]));
  }
  const phrase = `${count} ${unit[1]}${count === 1 ? '' : 's'}`;
  return delta > 0 ? `in ${phrase}` : `${phrase} ago`;
}

/** A NumericDate shown as a UTC date-time and as a phrase relative to "now" (a parameter). */
export function describeTime(epochSeconds: number, nowSeconds: number): { iso: string; relative: string } {
  const iso = new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
  const delta = epochSeconds - nowSeconds;
  const size = Math.abs(delta);
  if (size < 45) return { iso, relative: 'just now' };
  const units: Array<[number, string]> = [[86400 * 365, 'year'], [86400 * 30, 'month'], [86400, 'day'], [3600, 'hour'], [60, 'minute']];
  const [unitSeconds, unit] = units.find(([seconds]) => size >= seconds) ?? [60, 'minute'];
  const count = Math.round(size / unitSeconds);
  const phrase = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return { iso, relative: delta > 0 ? `in ${phrase}` : `${phrase} ago` };
}

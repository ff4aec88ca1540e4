/** Small facts about JSON values, shared by every parser in the domain. */

/** A JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `claims` value as sent: compact JSON, or undefined when empty or not JSON. */
export function compactJson(text: string): string | undefined {
  if (!text.trim()) return undefined;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return undefined;
  }
}

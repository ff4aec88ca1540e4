import { describeSize } from './describe-size';
/**
 * Limits on JSON that the playground keeps or shows. A hostile or broken provider can answer with
 * values nested so deep that any recursive walk (JSON.stringify, a renderer) overflows the stack, or
 * so large that session storage refuses them; both are measured here without recursion.
 */
export const JSON_LIMITS = {
  /** Deeper than any real claim set: the address claim is two levels, JWKS three. */
  maxDepth: 64,
  /** One stored run, serialized (characters). Session storage holds about five million per origin. */
  maxRunCharacters: 400_000,
  /** One recorded HTTP body kept for the sequence diagram (characters). */
  maxBodyCharacters: 200_000,
} as const;

export type JsonMeasure =
  | { readonly outcome: 'within' }
  | { readonly outcome: 'too-deep'; readonly depth: number };

/** Walks a parsed value breadth-first with an explicit stack; stops as soon as it passes `maxDepth`. */
export function measureDepth(value: unknown, maxDepth: number = JSON_LIMITS.maxDepth): JsonMeasure {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > maxDepth) return { outcome: 'too-deep', depth: depth + 1 };
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return { outcome: 'within' };
}

/**
 * Depth of JSON text without parsing it, counting brackets outside strings. Used where the text is
 * about to be parsed and pretty-printed again (masking), which recurses.
 */
export function textDepthExceeds(text: string, maxDepth: number = JSON_LIMITS.maxDepth): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > maxDepth) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

/**
 * Why JSON text is over the limits a provider's answer is held to (too large, or nested too deep),
 * in words for a message; undefined when it is within them. One rule for a recorded response and
 * for text a person pastes (/inspect), so neither can bring down a screen that the other cannot.
 */
export function jsonTextOverLimits(text: string): string | undefined {
  if (text.length > JSON_LIMITS.maxBodyCharacters) return `${describeSize(text.length)}, over the ${describeSize(JSON_LIMITS.maxBodyCharacters)} the playground keeps`;
  if (textDepthExceeds(text)) return `nested deeper than ${JSON_LIMITS.maxDepth} levels`;
  return undefined;
}

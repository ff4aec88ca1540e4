/** A place in typed text, so a message can point at the exact spot. Lines and columns count from 1. */
export interface TextPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export function positionAt(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, clamped);
  const line = before.split('\n').length;
  const column = clamped - before.lastIndexOf('\n');
  return { offset: clamped, line, column };
}

/**
 * Finds where the member at `path` is written, walking the keys in order. Good enough to point
 * the editor at a member; JSON.parse keeps no positions.
 */
export function locateMember(text: string, path: readonly string[]): number {
  let from = 0;
  for (const key of path) {
    const found = text.indexOf(JSON.stringify(key), from);
    if (found < 0) return from;
    from = found;
  }
  return from;
}

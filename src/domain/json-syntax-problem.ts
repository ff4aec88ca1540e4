import { jsonErrorOffset } from './json-error-offset';
import { positionAt, type TextPosition } from './text-position';

export interface JsonSyntaxProblem {
  readonly message: string;
  readonly at: TextPosition;
}

/**
 * What JSON.parse said, as one message with the real line and column. Every JSON editor of the
 * playground (claims request, mock user, login policy) words its syntax errors this way.
 */
export function jsonSyntaxProblem(text: string, error: unknown): JsonSyntaxProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const offsetMatch = /position (\d+)/.exec(raw);
  // V8 names no position for an unexpected token ("{"email": }"), and other engines word it differently.
  const offset = offsetMatch ? Number(offsetMatch[1]) : jsonErrorOffset(text);
  // V8 appends its own "(line x column y)" and quotes the input (or "..."a part of it); we show our own position.
  const reason = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^(Unexpected token .*?), (\.\.\.)?".*$/s, '$1');
  return { message: `Not valid JSON: ${reason}.`, at: positionAt(text, offset) };
}

/** Parses JSON, or says where and why it is not JSON. */
export function parseJsonText(text: string): { outcome: 'parsed'; value: unknown } | { outcome: 'invalid'; problem: JsonSyntaxProblem } {
  try {
    return { outcome: 'parsed', value: JSON.parse(text) };
  } catch (error) {
    return { outcome: 'invalid', problem: jsonSyntaxProblem(text, error) };
  }
}

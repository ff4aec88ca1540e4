import { jsonErrorOffset } from './json-error-offset';
import { isPlainObject } from './json-values';
import { locateMember, positionAt, type TextPosition } from './text-position';

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

/** A JSON object read from typed text, with a way to point a later problem at one of its members. */
export type JsonObjectRead =
  | { outcome: 'object'; value: Readonly<Record<string, unknown>>; problemAt: (message: string, path: readonly string[]) => JsonSyntaxProblem }
  | { outcome: 'invalid'; problem: JsonSyntaxProblem };

/**
 * Parses text that must hold a JSON object (the mock's user profile, its login policy). A later
 * rule's problem is placed at the member it is about, so the editor marks the right line.
 */
export function readJsonObject(text: string, notAnObject: string): JsonObjectRead {
  const json = parseJsonText(text);
  if (json.outcome === 'invalid') return json;
  const problemAt = (message: string, path: readonly string[]): JsonSyntaxProblem => ({ message, at: positionAt(text, locateMember(text, path)) });
  if (!isPlainObject(json.value)) return { outcome: 'invalid', problem: problemAt(notAnObject, []) };
  return { outcome: 'object', value: json.value, problemAt };
}

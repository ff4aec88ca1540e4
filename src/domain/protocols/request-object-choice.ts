import type { RequestObjectAlgorithm } from './request-object';

/**
 * The request-object control of the compose screen (RFC 9101, https://www.rfc-editor.org/rfc/rfc9101):
 * off, by value (`request` in the authorize URL, §5.1), or by reference through PAR (the object is
 * pushed, the browser carries `request_uri`, RFC 9126 §3). What travels in a permalink and a file:
 * the mode and the algorithm, never a key or a secret.
 */
export type RequestObjectMode = 'off' | 'value' | 'reference';
export const REQUEST_OBJECT_MODES: readonly RequestObjectMode[] = ['off', 'value', 'reference'];

export interface RequestObjectChoice {
  readonly mode: RequestObjectMode;
  readonly alg: RequestObjectAlgorithm;
}

export const DEFAULT_REQUEST_OBJECT_CHOICE: RequestObjectChoice = { mode: 'off', alg: 'ES256' };
const ALGORITHMS: readonly RequestObjectAlgorithm[] = ['ES256', 'RS256', 'HS256'];

export function reviveRequestObjectChoice(value: unknown): RequestObjectChoice {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const mode = REQUEST_OBJECT_MODES.find((m) => m === stored.mode) ?? DEFAULT_REQUEST_OBJECT_CHOICE.mode;
  const alg = ALGORITHMS.find((a) => a === stored.alg) ?? DEFAULT_REQUEST_OBJECT_CHOICE.alg;
  return { mode, alg };
}

/** The permalink's parameters (`request_object=value|reference`, `request_object_alg`); defaults are left out. */
export function writeRequestObjectParameters(choice: RequestObjectChoice | undefined, set: (name: string, value: string) => void): void {
  if (!choice || choice.mode === 'off') return;
  set('request_object', choice.mode);
  if (choice.alg !== DEFAULT_REQUEST_OBJECT_CHOICE.alg) set('request_object_alg', choice.alg);
}

export const REQUEST_OBJECT_PARAMETERS = ['request_object', 'request_object_alg'] as const;

/** Reads them back; a value that is not one of the choices is reported and the default used. */
export function readRequestObjectParameters(search: URLSearchParams, problems: string[]): RequestObjectChoice {
  const mode = search.get('request_object');
  const alg = search.get('request_object_alg');
  const choice = reviveRequestObjectChoice({ mode: mode ?? undefined, alg: alg ?? undefined });
  if (mode !== null && choice.mode !== mode) problems.push(`request_object="${mode}" is not value or reference; request objects are off.`);
  if (alg !== null && choice.alg !== alg) problems.push(`request_object_alg="${alg}" is not ES256, RS256 or HS256; using ES256.`);
  return choice;
}

import { isPlainObject } from '../text/json-values';

/**
 * What the results screen hands to `/inspect` through the router's navigation state — never the
 * URL, so the token is in no address bar, history list or server log.
 */
export interface InspectHandoff {
  readonly token: string;
  readonly userinfoText?: string;
  readonly scope?: string;
  readonly claimsText?: string;
  readonly audience?: string;
  /** ISO time to check against: the run's own "now" in deterministic mode. */
  readonly now?: string;
}

/** Reads navigation state, which any page could have pushed: strings only, anything else dropped. */
export function readInspectHandoff(state: unknown): InspectHandoff | undefined {
  if (!isPlainObject(state) || !isPlainObject(state.inspect) || typeof state.inspect.token !== 'string') return undefined;
  const value = state.inspect;
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key]) : undefined);
  return {
    token: value.token as string,
    ...optional('userinfoText', text('userinfoText')),
    ...optional('scope', text('scope')),
    ...optional('claimsText', text('claimsText')),
    ...optional('audience', text('audience')),
    ...optional('now', text('now')),
  };
}

/** The navigation state that carries a handoff. */
export function inspectState(handoff: InspectHandoff): { inspect: InspectHandoff } {
  return { inspect: handoff };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

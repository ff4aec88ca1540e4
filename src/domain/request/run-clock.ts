import { isMockIssuer, type ComposedRequest } from './composed-request';

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

/** "Now" for a run: the composed `clock` in deterministic mock runs, the real clock otherwise. */
export function nowFor(request: ComposedRequest): number {
  return (isMockIssuer(request.issuer) ? fixedClock(request.mock.clock) : undefined) ?? Date.now();
}

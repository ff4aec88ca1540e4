/**
 * An answer reduced to what the differential suite compares: the HTTP status, the OAuth error code,
 * and the channel it came through. Everything else (descriptions, token values, markup) may differ.
 */
export type Channel = 'redirect' | 'error-page' | 'json' | 'page';

export interface Outcome {
  readonly status: number;
  readonly error: string | null;
  readonly channel: Channel;
  /** A case-specific fact, when the case is about more than the error (e.g. "refresh_token: no"). */
  readonly detail?: string;
}

export function describeOutcome(outcome: Outcome): string {
  const error = outcome.error ? ` ${outcome.error}` : '';
  const detail = outcome.detail ? ` (${outcome.detail})` : '';
  return `${outcome.channel} ${outcome.status}${error}${detail}`;
}

/** Redirect statuses (302, 303) are one channel: the client cannot tell them apart. */
export function redirectOutcome(location: URL): Outcome {
  const values = new URLSearchParams(location.hash.slice(1));
  for (const [name, value] of location.searchParams) values.set(name, value);
  return { status: 302, error: values.get('error'), channel: 'redirect', detail: values.has('code') ? 'code' : undefined };
}

export async function jsonOutcome(response: Response): Promise<Outcome> {
  const text = await response.text();
  let error: string | null = null;
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === 'string') error = body.error;
  } catch {
    // An empty body (revocation) or none at all.
  }
  return { status: response.status, error, channel: 'json' };
}

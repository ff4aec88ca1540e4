import type { LaneId, ResponseArrow, SequenceAction, SequenceGroup } from '../flow/flow-sequence';

const LANE: Record<LaneId, string> = {
  client: 'Browser / app',
  discovery: 'Discovery',
  par: 'PAR',
  authorize: 'Authorize',
  token: 'Token',
  userinfo: 'Userinfo',
  jwks: 'JWKS',
  introspection: 'Introspection',
  revocation: 'Revocation',
  'end-session': 'End session',
  other: 'Other endpoint',
};

const ACTION: Record<SequenceAction, string> = {
  'sign-in': 'Sign in',
  refresh: 'Refresh tokens',
  introspect: 'Introspect',
  revoke: 'Revoke',
  'sign-out': 'Sign out',
};

/** The heading of a lane of the sequence diagram. */
export function sequenceLaneText(lane: LaneId): string {
  return LANE[lane];
}

/** The heading of a group of steps: the user action that made them ("Refresh tokens 2" for the second). */
export function sequenceGroupText(group: Pick<SequenceGroup, 'action' | 'occurrence'>): string {
  return group.occurrence > 1 ? `${ACTION[group.action]} (${group.occurrence})` : ACTION[group.action];
}

const REASON: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 303: 'See Other', 400: 'Bad Request', 401: 'Unauthorized',
  403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

/** The label on a response arrow: its status, and where a redirect sends the browser. */
export function sequenceResponseText(response: ResponseArrow): string {
  const status = (code: number) => `${code}${REASON[code] ? ` ${REASON[code]}` : ''}`;
  switch (response.outcome) {
    case 'answered':
      return status(response.status);
    case 'redirect':
      return `${status(response.status)} → callback ${response.error ? `with error=${response.error}` : 'with the code'}`;
    case 'refused':
      return response.status === undefined ? 'not sent: refused by the playground' : `${status(response.status)}, refused by the playground`;
    case 'no-answer':
      return 'no answer';
    case 'not-observed':
      return 'answer not seen by the app';
    case 'waiting':
      return 'waiting for the answer…';
    case 'held':
      return 'paused here: not sent yet';
  }
}

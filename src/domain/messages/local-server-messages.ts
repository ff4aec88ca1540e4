import { behaviourProfile } from '../mock/behaviour-profile';
import type { LocalServerProblem } from '../flow/local-server-settings';
import type { LocalServerExplanation } from '../explain/run-provider';

/**
 * What the results screen says about the explanations of a run against `oidc-playground-op`: that
 * they use the server's settings as it reported them at launch, or why they are those of any real
 * provider. Each sentence says only what the run and the server's answer show.
 */
export function localServerNoticeText(explanation: LocalServerExplanation): string {
  switch (explanation.state) {
    case 'explained': {
      const scopes = explanation.allowedScopes.length > 0 ? explanation.allowedScopes.join(' ') : 'no scope';
      return `The explanations below use the local mock server’s settings, the same when this sign-in started and when it came back: the ${behaviourProfile(explanation.behaviour).label} behaviour profile, a token policy that allows ${scopes}, its login policy, and the profile of ${explanation.userName}, the user who signed in (found by sub).`;
    }
    case 'unreadable':
      return `The local mock server’s settings ${problemText(explanation.problem)}, so the explanations below are those of any real provider: they rest on the wire and the discovery document only.`;
    case 'user-unknown':
      return `The user who signed in${explanation.sub ? ` (sub ${explanation.sub})` : ''} is not one of the users the local mock server reported when this sign-in started (its users may have changed since), so the explanations below are those of any real provider.`;
  }
}

function problemText(problem: LocalServerProblem): string {
  switch (problem.code) {
    case 'unreachable':
      return 'could not be read: its settings endpoint did not answer';
    case 'status':
      return `could not be read: its settings endpoint answered HTTP ${problem.status}`;
    case 'invalid':
      return `could not be read: its answer’s ${problem.field} is not one the playground can use`;
    case 'changed':
      return 'changed while this sign-in ran (through its control API, for instance), so which of them applied is not known';
  }
}

/** Who signed in, when it is one of the local mock server's own users rather than a prepared one. */
export function localServerUserText(userName: string): string {
  return `the local mock server’s user “${userName}”.`;
}

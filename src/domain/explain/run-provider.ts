import type { CompletedRun } from '../flow/flow-run';
import { localServerUserOf, type LocalServerProblem } from '../flow/local-server-settings';
import { isMockIssuer } from '../request/composed-request';
import type { MockProviderSettings } from './explain-claims';
import { decodeJwt } from 'jose';

/**
 * What is known of the provider behind a completed run, for its explanation. The in-browser mock's
 * settings are the run's own; the local mock server's are what it reported at launch, applied only
 * once the user who signed in is found among its users by `sub`. Anything else is a real provider,
 * whose policy is never seen.
 */
export type RunProvider =
  | (MockProviderSettings & { readonly source: 'in-browser'; readonly allowedScopes: readonly string[] | undefined })
  | (MockProviderSettings & { readonly source: 'local-server'; readonly allowedScopes: readonly string[]; readonly userName: string })
  | { readonly kind: 'real' };

/** What the results screen says about a run against the local mock server; undefined for any other run. */
export type LocalServerExplanation =
  | { readonly state: 'explained'; readonly userName: string; readonly behaviour: MockProviderSettings['behaviour']; readonly allowedScopes: readonly string[] }
  | { readonly state: 'unreadable'; readonly problem: LocalServerProblem }
  /** The id_token's sub is none of the users the server reported (its users changed after the launch). */
  | { readonly state: 'user-unknown'; readonly sub: string | undefined };

export function runProviderOf(run: CompletedRun): RunProvider {
  const { mock, localServer } = run.settings;
  // The scopes as before: the in-browser mock's policy is the composed one; its other settings the launch's.
  const inBrowserScopes = isMockIssuer(run.request.issuer) ? run.request.mock.allowedScopes : undefined;
  if (mock) return { kind: 'mock', source: 'in-browser', behaviour: mock.behaviour, loginPolicy: mock.loginPolicy, user: mock.user, allowedScopes: inBrowserScopes };
  if (localServer?.outcome === 'read') {
    const user = localServerUserOf(localServer.settings, signedInSub(run));
    if (user) {
      const { behaviour, loginPolicy, allowedScopes } = localServer.settings;
      return { kind: 'mock', source: 'local-server', behaviour, loginPolicy, user: user.profile, allowedScopes, userName: user.name };
    }
  }
  return { kind: 'real' };
}

export function localServerExplanationOf(run: CompletedRun): LocalServerExplanation | undefined {
  const { localServer } = run.settings;
  if (!localServer) return undefined;
  if (localServer.outcome === 'unreadable') return { state: 'unreadable', problem: localServer.problem };
  const provider = runProviderOf(run);
  if (provider.kind === 'mock' && provider.source === 'local-server') {
    return { state: 'explained', userName: provider.userName, behaviour: provider.behaviour, allowedScopes: provider.allowedScopes };
  }
  const sub = signedInSub(run);
  return { state: 'user-unknown', sub: typeof sub === 'string' ? sub : undefined };
}

/** The id_token's sub, or userinfo's when no id_token came (both name the same user, OIDC Core §5.3.2). */
function signedInSub(run: CompletedRun): unknown {
  const idToken = run.tokenResponse.id_token;
  if (typeof idToken === 'string') {
    try {
      return decodeJwt(idToken).sub;
    } catch {
      // An id_token that does not decode names no one; userinfo may.
    }
  }
  const userinfo = run.userinfo;
  return typeof userinfo === 'object' && userinfo !== null && !Array.isArray(userinfo) ? (userinfo as Record<string, unknown>).sub : undefined;
}

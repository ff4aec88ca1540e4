import type { CompletedRun } from '../flow/flow-run';

/**
 * A run whose request left out openid: plain OAuth 2.0 (OIDC Core §3.1.2.1). No id_token is to be
 * expected, and a userinfo endpoint refuses the access token (§5.3), so the results say both rather
 * than leaving an empty id_token and a failed step unexplained.
 * https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest
 */
export type PlainOAuthRun = { readonly userinfoRefused: boolean };

export function plainOAuthOf(run: Pick<CompletedRun, 'requestedScopes' | 'failure' | 'grant'>): PlainOAuthRun | undefined {
  // A client credentials run has a notice of its own (client-credentials-run.ts).
  if (run.requestedScopes.includes('openid') || run.grant === 'client_credentials') return undefined;
  return { userinfoRefused: run.failure?.stage === 'userinfo' };
}

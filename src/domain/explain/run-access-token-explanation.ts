import { decodeJwt, decodeProtectedHeader } from 'jose';
import { explainAccessToken, type AccessTokenFact } from './explain-access-token';
import type { FlowRun } from '../flow/flow-run';
import { scopeExplanationOf } from './run-scope-explanation';

export interface AccessTokenExplanation {
  /** The decoded JWT, or undefined for an opaque token. */
  readonly decoded: { readonly header: Record<string, unknown>; readonly payload: Record<string, unknown> } | undefined;
  readonly facts: readonly AccessTokenFact[];
}

/** The access token of a run, decoded when it is a JWT, and what it says about scopes and audience. */
export function accessTokenExplanationOf(run: Extract<FlowRun, { outcome: 'completed' }>): AccessTokenExplanation | undefined {
  const token = run.tokenResponse.access_token;
  if (typeof token !== 'string') return undefined;
  const decoded = decode(token);
  const granted = scopeExplanationOf(run).verdicts.filter((v) => v.outcome === 'granted').map((v) => v.scope);
  return { decoded, facts: explainAccessToken({ jwt: decoded, grantedScopes: granted, clientId: run.request.clientId }) };
}

function decode(token: string): AccessTokenExplanation['decoded'] {
  if (token.split('.').length !== 3) return undefined;
  try {
    return { header: decodeProtectedHeader(token), payload: decodeJwt(token) };
  } catch {
    return undefined;
  }
}

import { compactJson } from '../text/json-values';
import { optionalAuthorizeValues } from './authorize-parameters';
import { isMockIssuer, requestedScopes, type ComposedRequest } from './composed-request';
import { parseCustomParameters } from './custom-parameters';
import { joinScopes } from '../scopes-and-claims/scope-list';

export interface AuthorizeParameter {
  readonly name: string;
  readonly value: string;
  /** True for values made only at launch (state, nonce, PKCE challenge). */
  readonly generatedAtLaunch?: boolean;
}

/** The authorize request a launch will send, one parameter per entry, in the order sent. */
export function authorizeParameters(request: ComposedRequest, redirectUri: string): AuthorizeParameter[] {
  // In deterministic mode the seed, not chance, makes state, nonce and the PKCE verifier.
  const seed = isMockIssuer(request.issuer) ? request.mock.seed.trim() : '';
  const made = seed ? `(seeded from "${seed}", made at launch)` : '(random, made at launch)';
  const parameters: AuthorizeParameter[] = [
    { name: 'client_id', value: request.clientId },
    { name: 'redirect_uri', value: redirectUri },
    { name: 'response_type', value: 'code' },
    { name: 'scope', value: joinScopes(requestedScopes(request)) },
    { name: 'state', value: made, generatedAtLaunch: true },
    { name: 'code_challenge', value: seed ? `(S256 of a verifier seeded from "${seed}", made at launch)` : '(S256 of a fresh verifier, made at launch)', generatedAtLaunch: true },
    { name: 'code_challenge_method', value: 'S256' },
    { name: 'nonce', value: made, generatedAtLaunch: true },
  ];
  for (const [name, value] of optionalAuthorizeValues(request)) parameters.push({ name, value });
  const claims = compactJson(request.claimsText);
  if (claims) parameters.push({ name: 'claims', value: claims });
  const custom = parseCustomParameters(request.customParams);
  if (custom.outcome === 'valid') for (const [name, value] of custom.parameters) parameters.push({ name, value });
  return parameters;
}


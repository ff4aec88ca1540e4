import type { DiscoveryDocument } from './discovery-document';
import type { ClaimsRequest } from '../scopes-and-claims/parse-claims-request';
import { suggestName } from '../text/suggest-name';

export interface DiscoveryFinding {
  readonly severity: 'warning' | 'blocking';
  readonly message: string;
}

export interface DiscoveryCheckInput {
  readonly scopes: readonly string[];
  readonly claims: ClaimsRequest | undefined;
  readonly prompt: readonly string[];
  readonly document: DiscoveryDocument;
}

/**
 * Checks a composed request against what the provider says it supports, before launch. Missing
 * lists prove nothing (they are optional in OIDC Discovery §3), so only present ones are used.
 */
export function checkAgainstDiscovery({ scopes, claims, prompt, document }: DiscoveryCheckInput): DiscoveryFinding[] {
  const findings: DiscoveryFinding[] = [];
  const supportedScopes = document.scopes_supported;
  if (supportedScopes) {
    for (const scope of scopes.filter((s) => !supportedScopes.includes(s))) {
      const hint = suggestName(scope, supportedScopes);
      findings.push({ severity: 'warning', message: `"${scope}" is not in scopes_supported; the provider may ignore or refuse it${hint ? ` (did you mean "${hint}"?)` : ''}.` });
    }
  }
  const claimNames = [...new Set([...Object.keys(claims?.userinfo ?? {}), ...Object.keys(claims?.id_token ?? {})])];
  if (claimNames.length > 0 && document.claims_parameter_supported !== true) {
    findings.push({ severity: 'warning', message: 'The provider does not say claims_parameter_supported: true, so it will most likely ignore the claims request.' });
  }
  const supportedClaims = document.claims_supported;
  if (supportedClaims) {
    for (const claim of claimNames.filter((c) => !supportedClaims.includes(c))) {
      const hint = suggestName(claim, supportedClaims);
      findings.push({ severity: 'warning', message: `"${claim}" is not in claims_supported${hint ? `; did you mean "${hint}"?` : '.'}` });
    }
  }
  const supportedPrompts = document.prompt_values_supported;
  if (supportedPrompts) {
    for (const value of prompt.filter((p) => !supportedPrompts.includes(p))) {
      findings.push({ severity: 'warning', message: `prompt=${value} is not in prompt_values_supported.` });
    }
  }
  if (document.response_types_supported && !document.response_types_supported.includes('code')) {
    findings.push({ severity: 'blocking', message: 'The provider does not support response_type=code, which this playground uses.' });
  }
  if (document.code_challenge_methods_supported && !document.code_challenge_methods_supported.includes('S256')) {
    findings.push({ severity: 'warning', message: 'code_challenge_methods_supported does not list S256; the provider may not check PKCE.' });
  }
  return findings;
}

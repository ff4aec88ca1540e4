import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';

/**
 * What a claim verdict says, as a code with the parameters its sentence needs; explain-claims.ts
 * chooses one, messages/claim-messages.ts words it. Where a sentence differs for a real provider
 * (whose rules are not visible) and the mock (whose settings are), the code differs too.
 */
export type DeliveredMessage =
  /** A registered claim (IANA JWT registry) the provider sets itself. */
  | { readonly code: 'registered-claim'; readonly claim: string; readonly target: ClaimTarget; readonly meaning: string; readonly alsoAsked: boolean }
  /** Hosted Login's provider-specific user identifier. */
  | { readonly code: 'provider-specific-claim'; readonly claim: string; readonly target: ClaimTarget; readonly meaning: string }
  | { readonly code: 'from-claims-request'; readonly claim: string; readonly target: ClaimTarget }
  | { readonly code: 'from-scope'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string; readonly attribute: string | undefined }
  /** `definedAs` only when the scope was requested without the suffix its definition has. */
  | { readonly code: 'from-custom-scope'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string; readonly definedAs: string | undefined; readonly attribute: string }
  | { readonly code: 'custom-claim-mapped'; readonly claim: string; readonly target: ClaimTarget; readonly attribute: string }
  | { readonly code: 'added-by-provider'; readonly claim: string; readonly target: ClaimTarget };

/** A scope claim served at userinfo instead of the id_token (OIDC Core §5.4). */
export type AtUserinfoMessage = {
  readonly code: 'at-userinfo';
  readonly claim: string;
  readonly scope: string;
  /** Whether the provider takes the claims parameter (discovery's claims_parameter_supported), the way to get it in the id_token. */
  readonly claimsParameter: ClaimsParameterSupport;
};

/** OpenID Connect Discovery §3: claims_parameter_supported, false when omitted. */
export type ClaimsParameterSupport = 'supported' | 'not-supported';

export type MissingMessage =
  /** Checked against discovery's claims_supported (a real provider), or against what the mock knows. */
  | { readonly code: 'unknown-claim'; readonly claim: string; readonly target: ClaimTarget; readonly suggestion: string | undefined; readonly checkedAgainst: 'claims-supported' | 'known-claims' }
  | { readonly code: 'scope-not-granted'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string }
  | { readonly code: 'scope-dropped-by-policy'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string }
  | { readonly code: 'no-mapped-attribute'; readonly claim: string; readonly target: ClaimTarget }
  | { readonly code: 'no-profile-value'; readonly claim: string; readonly target: ClaimTarget; readonly attribute: string | undefined }
  | { readonly code: 'essential-absent'; readonly claim: string; readonly target: ClaimTarget }
  | { readonly code: 'asked-not-returned'; readonly claim: string; readonly target: ClaimTarget }
  /** `provider: 'real'` adds that a value may simply be lacking, which only the mock's settings rule out. */
  | { readonly code: 'scope-claim-not-returned'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string | undefined; readonly provider: 'mock' | 'real' }
  | { readonly code: 'custom-claim-not-returned'; readonly claim: string; readonly target: ClaimTarget; readonly provider: 'mock' | 'real' };

export type ClaimMessage = DeliveredMessage | AtUserinfoMessage | MissingMessage;

import type { ClaimTarget } from '../scopes-and-claims/parse-claims-request';
import type { FlowError } from '../flow/flow-run';
import type { RequestedValueMatch } from './match-requested-value';

/**
 * What a claim verdict says, as a code with the parameters its sentence needs; explain-claims.ts
 * chooses one, messages/claim-messages.ts words it. Where a sentence differs for a real provider
 * (whose rules are not visible) and the mock (whose settings are), the code differs too.
 */
export type DeliveredMessage =
  /** A registered claim (IANA JWT registry) the provider sets itself. */
  | { readonly code: 'registered-claim'; readonly claim: string; readonly target: ClaimTarget; readonly meaning: string; readonly alsoAsked: boolean; readonly requestedValue?: RequestedValueMatch }
  /** Hosted Login's provider-specific user identifier. */
  | { readonly code: 'provider-specific-claim'; readonly claim: string; readonly target: ClaimTarget; readonly meaning: string }
  /** `requestedValue`: whether the value asked for with value or values came (OIDC Core §5.5.1). */
  | { readonly code: 'from-claims-request'; readonly claim: string; readonly target: ClaimTarget; readonly requestedValue?: RequestedValueMatch }
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

export type MissingMessage = (
  /**
   * Checked against discovery's claims_supported (a real provider), or against what the mock knows.
   * `caseSensitive` only when a known claim differs from it by case alone.
   */
  | { readonly code: 'unknown-claim'; readonly claim: string; readonly target: ClaimTarget; readonly suggestion: string | undefined; readonly caseSensitive: boolean; readonly checkedAgainst: 'claims-supported' | 'known-claims' }
  /** A standard claim (OIDC Core §5.1) the mock's behaviour profile does not release. */
  | { readonly code: 'standard-claim-not-released'; readonly claim: string; readonly target: ClaimTarget; readonly provider: string }
  /** A standard claim a real provider's claims_supported leaves out. */
  | { readonly code: 'standard-claim-not-supported'; readonly claim: string; readonly target: ClaimTarget }
  /** The step that would have brought it failed (userinfo answering 500, say). */
  | { readonly code: 'step-failed'; readonly claim: string; readonly target: ClaimTarget; readonly stage: FlowError['stage'] }
  | { readonly code: 'scope-not-granted'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string }
  | { readonly code: 'scope-dropped-by-policy'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string }
  | { readonly code: 'no-mapped-attribute'; readonly claim: string; readonly target: ClaimTarget }
  | { readonly code: 'no-profile-value'; readonly claim: string; readonly target: ClaimTarget; readonly attribute: string | undefined }
  | { readonly code: 'essential-absent'; readonly claim: string; readonly target: ClaimTarget }
  | { readonly code: 'asked-not-returned'; readonly claim: string; readonly target: ClaimTarget }
  /** `provider: 'real'` adds that a value may simply be lacking, which only the mock's settings rule out. */
  | { readonly code: 'scope-claim-not-returned'; readonly claim: string; readonly target: ClaimTarget; readonly scope: string | undefined; readonly provider: 'mock' | 'real' }
  | { readonly code: 'custom-claim-not-returned'; readonly claim: string; readonly target: ClaimTarget; readonly provider: 'mock' | 'real' }
) & {
  /** Asked for as essential: every reason then also says what essential means (OIDC Core §5.5.1). */
  readonly essential?: boolean;
};

export type ClaimMessage = DeliveredMessage | AtUserinfoMessage | MissingMessage;

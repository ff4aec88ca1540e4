import type { ConceptLink } from './lesson';

const CORE = 'https://openid.net/specs/openid-connect-core-1_0.html';
const DISCOVERY = 'https://openid.net/specs/openid-connect-discovery-1_0.html';
const rfc = (number: number, section: string) => `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`;

/** A link to one section of an RFC, labelled "RFC <number> §<section> <title>". */
export const rfcSection = (number: number, section: string, title: string): ConceptLink => ({ label: `RFC ${number} §${section} ${title}`, href: rfc(number, section) });

/** The spec sections lessons cite, each once, so a link is written in one place. */
export const SPEC = {
  coreAuthRequest: { label: 'OIDC Core §3.1.2.1 Authentication Request', href: `${CORE}#AuthRequest` },
  coreAuthError: { label: 'OIDC Core §3.1.2.6 Authentication Error Response', href: `${CORE}#AuthError` },
  coreIdToken: { label: 'OIDC Core §2 ID Token', href: `${CORE}#IDToken` },
  coreStandardClaims: { label: 'OIDC Core §5.1 Standard Claims', href: `${CORE}#StandardClaims` },
  coreUserinfo: { label: 'OIDC Core §5.3 UserInfo Endpoint', href: `${CORE}#UserInfo` },
  coreScopeClaims: { label: 'OIDC Core §5.4 Requesting Claims using Scope Values', href: `${CORE}#ScopeClaims` },
  coreClaimsParameter: { label: 'OIDC Core §5.5 Requesting Claims using the "claims" Request Parameter', href: `${CORE}#ClaimsParameter` },
  coreIndividualClaims: { label: 'OIDC Core §5.5.1 Individual Claims Requests', href: `${CORE}#IndividualClaimsRequests` },
  coreOfflineAccess: { label: 'OIDC Core §11 Offline Access', href: `${CORE}#OfflineAccess` },
  discoveryMetadata: { label: 'OIDC Discovery §3 Provider Metadata', href: `${DISCOVERY}#ProviderMetadata` },
  oauthScope: { label: 'RFC 6749 §3.3 Access Token Scope', href: rfc(6749, '3.3') },
  oauthAuthError: { label: 'RFC 6749 §4.1.2.1 Error Response', href: rfc(6749, '4.1.2.1') },
  oauthTokenScope: { label: 'RFC 6749 §5.1 Successful Response (scope)', href: rfc(6749, '5.1') },
  oauthRefresh: { label: 'RFC 6749 §6 Refreshing an Access Token', href: rfc(6749, '6') },
} as const satisfies Record<string, ConceptLink>;

/** Every standard scope the mock knows, for a token policy that allows them all. */
export const ALL_STANDARD_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'];

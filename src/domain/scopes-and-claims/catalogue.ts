/**
 * The one catalogue: standard scope → claims → user-profile attribute → type.
 * Both the mock provider and the explanation read it.
 * Sources: OIDC Core 1.0 §5.1 and §5.4; the Hosted Login claim table (docs/domain.md#the-seed-user-and-the-catalogue).
 * The catalogue holds every claim of §5.4; which of them a behaviour profile releases is its own
 * property (behaviour-profile.ts), so Hosted Login's nine profile claims and OIDC Core's fourteen
 * read from one table.
 */


export type ClaimType = 'string' | 'number' | 'boolean' | 'object';

/** Where a claim's value comes from in the user profile. */
export type ClaimSource =
  | { kind: 'protocol' }
  | { kind: 'attribute'; attribute: ProfileAttribute }
  | { kind: 'derived'; from: readonly ProfileAttribute[]; rule: string };

export interface ClaimEntry {
  readonly name: string;
  readonly scope: StandardScope;
  readonly type: ClaimType;
  readonly source: ClaimSource;
  readonly description: string;
}

export const STANDARD_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'] as const;
export type StandardScope = (typeof STANDARD_SCOPES)[number];

export const PROFILE_ATTRIBUTES = [
  'uuid',
  'givenName',
  'middleName',
  'familyName',
  'displayName',
  'gender',
  'birthday',
  'lastUpdated',
  'lastLogon',
  'email',
  'emailVerified',
  'mobileNumber',
  'mobileNumberVerified',
  'primaryAddress',
  'nickname',
  'profileUrl',
  'pictureUrl',
  'websiteUrl',
  'timeZone',
  'locale',
  'companyName',
  'email_marketing_optIn',
  'ui_preferences_optIn',
  'personalized_ads_optIn',
] as const;
export type ProfileAttribute = (typeof PROFILE_ATTRIBUTES)[number];

const attr = (attribute: ProfileAttribute): ClaimSource => ({ kind: 'attribute', attribute });

export const CLAIM_CATALOGUE: readonly ClaimEntry[] = [
  { name: 'sub', scope: 'openid', type: 'string', source: attr('uuid'), description: 'Subject: the user’s unique identifier.' },
  { name: 'iss', scope: 'openid', type: 'string', source: { kind: 'protocol' }, description: 'Issuer: the URL of the login server.' },
  { name: 'auth_time', scope: 'openid', type: 'number', source: attr('lastLogon'), description: 'When the user last authenticated (Unix seconds).' },
  { name: 'name', scope: 'profile', type: 'string', source: { kind: 'derived', from: ['givenName', 'middleName', 'familyName'], rule: 'given, middle and family names joined' }, description: 'Full name.' },
  { name: 'given_name', scope: 'profile', type: 'string', source: attr('givenName'), description: 'Given (first) name.' },
  { name: 'family_name', scope: 'profile', type: 'string', source: attr('familyName'), description: 'Surname (last name).' },
  { name: 'middle_name', scope: 'profile', type: 'string', source: attr('middleName'), description: 'Middle name.' },
  { name: 'nickname', scope: 'profile', type: 'string', source: attr('nickname'), description: 'Casual name.' },
  { name: 'preferred_username', scope: 'profile', type: 'string', source: attr('displayName'), description: 'Name the user wishes to be called.' },
  { name: 'profile', scope: 'profile', type: 'string', source: attr('profileUrl'), description: 'URL of the user’s profile page.' },
  { name: 'picture', scope: 'profile', type: 'string', source: attr('pictureUrl'), description: 'URL of the user’s picture.' },
  { name: 'website', scope: 'profile', type: 'string', source: attr('websiteUrl'), description: 'URL of the user’s web page or blog.' },
  { name: 'gender', scope: 'profile', type: 'string', source: attr('gender'), description: 'Gender.' },
  { name: 'birthdate', scope: 'profile', type: 'string', source: attr('birthday'), description: 'Birthday, YYYY-MM-DD (0000 as year when unknown).' },
  { name: 'zoneinfo', scope: 'profile', type: 'string', source: attr('timeZone'), description: 'Time zone, from the IANA database (Europe/Paris).' },
  { name: 'locale', scope: 'profile', type: 'string', source: attr('locale'), description: 'Locale, a BCP 47 language tag (en-US).' },
  { name: 'updated_at', scope: 'profile', type: 'number', source: attr('lastUpdated'), description: 'When the profile last changed (Unix seconds).' },
  { name: 'email', scope: 'email', type: 'string', source: attr('email'), description: 'Preferred email address.' },
  { name: 'email_verified', scope: 'email', type: 'boolean', source: { kind: 'derived', from: ['emailVerified'], rule: 'true when emailVerified is set' }, description: 'Whether the email address was verified.' },
  { name: 'address', scope: 'address', type: 'object', source: { kind: 'derived', from: ['primaryAddress'], rule: 'OIDC address object built from primaryAddress' }, description: 'Preferred postal address (JSON object).' },
  { name: 'phone_number', scope: 'phone', type: 'string', source: attr('mobileNumber'), description: 'Preferred mobile number.' },
  { name: 'phone_number_verified', scope: 'phone', type: 'boolean', source: { kind: 'derived', from: ['mobileNumberVerified'], rule: 'true when mobileNumberVerified is set' }, description: 'Whether the phone number was verified.' },
];

/**
 * The standard claims of OIDC Core §5.1: a provider may not release them all, but none of them is
 * ever an unknown name. https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims
 */
export const STANDARD_CLAIMS: readonly string[] = [
  'sub', 'name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture', 'website',
  'email', 'email_verified', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number', 'phone_number_verified', 'address', 'updated_at',
];

export function isStandardClaim(name: string): boolean {
  return STANDARD_CLAIMS.includes(name);
}

export function isStandardScope(scope: string): scope is StandardScope {
  return (STANDARD_SCOPES as readonly string[]).includes(scope);
}

export function claimsOfScope(scope: string): readonly ClaimEntry[] {
  return CLAIM_CATALOGUE.filter((entry) => entry.scope === scope && entry.source.kind !== 'protocol');
}

export function findClaim(name: string): ClaimEntry | undefined {
  return CLAIM_CATALOGUE.find((entry) => entry.name === name);
}

export function isProfileAttribute(name: string): name is ProfileAttribute {
  return (PROFILE_ATTRIBUTES as readonly string[]).includes(name);
}

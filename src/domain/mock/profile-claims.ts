import { findClaim, type ClaimEntry } from '../scopes-and-claims/catalogue';
import type { PostalAddress, UserProfile } from './user-profile';

/**
 * The value a standard claim takes for a user, typed as OIDC Core §5.1 says (numbers for
 * times, booleans for *_verified, an object for address). Undefined when the profile has none.
 */
export function claimValue(claim: string, profile: UserProfile): unknown {
  const entry = findClaim(claim);
  if (!entry) return undefined;
  return valueOf(entry, profile);
}

function valueOf(entry: ClaimEntry, profile: UserProfile): unknown {
  switch (entry.name) {
    case 'name':
      return joinPresent([profile.givenName, profile.middleName, profile.familyName], ' ');
    case 'updated_at':
    case 'auth_time':
      return epochSeconds(entry.source.kind === 'attribute' ? profile[entry.source.attribute] : undefined);
    case 'email_verified':
      return profile.email === undefined ? undefined : isSet(profile.emailVerified);
    case 'phone_number_verified':
      return profile.mobileNumber === undefined ? undefined : isSet(profile.mobileNumberVerified);
    case 'address':
      return addressClaim(profile.primaryAddress as PostalAddress | undefined);
  }
  if (entry.source.kind !== 'attribute') return undefined;
  const value = profile[entry.source.attribute];
  return value === null || value === '' ? undefined : value;
}

/** OIDC Core §5.1.1 address object, laid out as the Hosted Login reference shows. */
export function addressClaim(address: PostalAddress | undefined | null): Record<string, string> | undefined {
  if (!address || typeof address !== 'object') return undefined;
  const street = joinPresent([address.address1, address.address2], ' ');
  const cityLine = joinPresent([joinPresent([address.city, address.stateAbbreviation], ', '), address.zip], ' ');
  const formatted = [street, cityLine, address.country].filter(Boolean).join('\n');
  const claim: Record<string, string> = {
    formatted,
    street_address: street ?? '',
    locality: address.city ?? '',
    region: address.stateAbbreviation ?? '',
    postal_code: address.zip ?? '',
    country: address.country ?? '',
  };
  return claim;
}

function joinPresent(parts: readonly unknown[], separator: string): string | undefined {
  const present = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return present.length ? present.join(separator) : undefined;
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '';
}

function epochSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? undefined : Math.floor(millis / 1000);
}

import { PROFILE_ATTRIBUTES, isProfileAttribute, type ProfileAttribute } from '../scopes-and-claims/catalogue';
import { readJsonObject } from '../text/json-syntax-problem';
import { suggestName } from '../text/suggest-name';
import type { TextPosition } from '../text/text-position';

export interface PostalAddress {
  address1?: string;
  address2?: string;
  city?: string;
  stateAbbreviation?: string;
  zip?: string;
  country?: string;
}

/** A user-profile record, keyed by the profile schema's attribute names (case-sensitive). */
export type UserProfile = Partial<Record<ProfileAttribute, unknown>> & { uuid: string };

/** The seed user: Karim J. Nafir from the Hosted Login reference, with a value for every attribute of the schema. Editable in the mock settings. */
export const SEED_USER: UserProfile = {
  uuid: '3c388dd9-5bcc-4883-9a91-d51129110a4a',
  givenName: 'Karim',
  middleName: 'J.',
  familyName: 'Nafir',
  displayName: 'karim_n',
  // The five profile claims OIDC Core §5.4 adds to the reference's nine, released under the OIDC Core profile.
  nickname: 'Kari',
  profileUrl: 'https://profiles.example.com/karim_n',
  pictureUrl: 'https://profiles.example.com/karim_n/photo.jpg',
  websiteUrl: 'https://karim-nafir.example.com',
  timeZone: 'America/Los_Angeles',
  locale: 'en-US',
  gender: 'male',
  birthday: '1967-07-12',
  lastUpdated: '2026-01-15T09:30:00Z',
  email: 'karim.nafir@mail.com',
  emailVerified: '2024-03-02T10:00:00Z',
  mobileNumber: '+1 503 555 0142',
  mobileNumberVerified: null,
  primaryAddress: {
    address1: '1233 NW 12th Ave',
    address2: '#150',
    city: 'Portland',
    stateAbbreviation: 'OR',
    zip: '97209',
    country: 'US',
  },
  companyName: 'Bizcorp',
  email_marketing_optIn: true,
  ui_preferences_optIn: false,
  personalized_ads_optIn: false,
};

export type UserProfileParse =
  | { outcome: 'valid'; profile: UserProfile }
  | { outcome: 'invalid'; message: string; at: TextPosition };

/** Checks an edited profile: an object, attribute names from the schema exactly, a string uuid. */
export function parseUserProfile(text: string): UserProfileParse {
  const read = readJsonObject(text, 'The user profile must be a JSON object of attributes.');
  if (read.outcome === 'invalid') return { outcome: 'invalid', ...read.problem };
  const parsed = read.value;
  const invalid = (message: string, path: readonly string[]): UserProfileParse => ({ outcome: 'invalid', ...read.problemAt(message, path) });
  for (const key of Object.keys(parsed)) {
    if (!isProfileAttribute(key)) {
      const hint = suggestName(key, PROFILE_ATTRIBUTES);
      return invalid(`"${key}" is not an attribute of the profile schema${hint ? `; did you mean "${hint}"?` : '.'} Attribute names are case-sensitive.`, [key]);
    }
  }
  if (typeof parsed.uuid !== 'string' || parsed.uuid === '') {
    return invalid('The profile needs a non-empty string "uuid": it becomes the sub claim.', 'uuid' in parsed ? ['uuid'] : []);
  }
  return { outcome: 'valid', profile: parsed as UserProfile };
}

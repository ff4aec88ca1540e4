import { SEED_USER, type UserProfile } from './user-profile';

/** A ready-made mock user: each one a lesson in "missing because the user lacks it" versus "dropped by policy". */
export interface PreparedUser {
  readonly name: PreparedUserName;
  readonly label: string;
  readonly lesson: string;
  readonly profile: UserProfile;
}

export type PreparedUserName = 'full' | 'minimal' | 'unverified-email' | 'custom-attributes';

const withoutContact = omit(SEED_USER, ['email', 'emailVerified', 'mobileNumber', 'mobileNumberVerified', 'primaryAddress']);
const withoutCustom = omit(SEED_USER, ['companyName', 'email_marketing_optIn', 'ui_preferences_optIn', 'personalized_ads_optIn']);

export const PREPARED_USERS: readonly PreparedUser[] = [
  {
    name: 'full',
    label: 'Karim J. Nafir (full profile)',
    lesson: 'Every attribute of the profile has a value, so no claim is missing for want of one.',
    profile: SEED_USER,
  },
  {
    name: 'minimal',
    label: 'Mina Lee (no email, phone or address)',
    lesson: 'email and phone_number are missing because the user has none, even when their scopes are granted.',
    profile: { ...withoutContact, uuid: '6f1c2a4e-0b7d-4d8e-9a51-2f3b7c9d1e20', givenName: 'Mina', middleName: undefined, familyName: 'Lee', displayName: 'mina_l', nickname: 'Mina', profileUrl: undefined, pictureUrl: undefined, websiteUrl: undefined, timeZone: 'Asia/Seoul', locale: 'ko-KR' },
  },
  {
    name: 'unverified-email',
    label: 'Ugo Verdi (email not verified)',
    lesson: 'email arrives with email_verified false: a client must not treat it as proof of the address.',
    profile: { ...SEED_USER, uuid: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', givenName: 'Ugo', middleName: undefined, familyName: 'Verdi', displayName: 'ugo_v', nickname: 'Ugo', profileUrl: 'https://profiles.example.com/ugo_v', pictureUrl: 'https://profiles.example.com/ugo_v/photo.jpg', websiteUrl: undefined, timeZone: 'Europe/Rome', locale: 'it-IT', email: 'ugo.verdi@mail.com', emailVerified: null },
  },
  {
    name: 'custom-attributes',
    label: 'Chloe Adams (custom attributes for custom claims)',
    lesson: 'companyName and the consent opt-ins feed the reference documents’ custom claims (company_name, consent_*).',
    profile: {
      ...withoutCustom,
      uuid: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
      givenName: 'Chloe',
      middleName: undefined,
      familyName: 'Adams',
      displayName: 'chloe_a',
      nickname: 'Chlo',
      profileUrl: 'https://profiles.example.com/chloe_a',
      pictureUrl: 'https://profiles.example.com/chloe_a/photo.jpg',
      websiteUrl: 'https://bizcorp.example/people/chloe',
      timeZone: 'Europe/London',
      locale: 'en-GB',
      email: 'chloe.adams@bizcorp.example',
      companyName: 'Bizcorp',
      email_marketing_optIn: true,
      ui_preferences_optIn: true,
      personalized_ads_optIn: false,
    },
  },
].map((user) => ({ ...user, profile: withoutUndefined(user.profile) })) as readonly PreparedUser[];

export function findPreparedUser(name: string): PreparedUser | undefined {
  return PREPARED_USERS.find((user) => user.name === name);
}

/**
 * The prepared user a profile is: the same uuid (the sub it signs in with) and the same attributes.
 * An edited one is no longer that lesson: its sentence ("every attribute has a value") may be false.
 */
export function preparedUserOf(profile: UserProfile): PreparedUser | undefined {
  return PREPARED_USERS.find((user) => user.profile.uuid === profile.uuid && sameAttributes(user.profile, profile));
}

function sameAttributes(a: UserProfile, b: UserProfile): boolean {
  const sorted = (profile: UserProfile) => JSON.stringify(Object.entries(profile).filter(([, value]) => value !== undefined).sort(([x], [y]) => x.localeCompare(y)));
  return sorted(a) === sorted(b);
}

function withoutUndefined(profile: UserProfile): UserProfile {
  return Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)) as UserProfile;
}

function omit(profile: UserProfile, attributes: readonly string[]): UserProfile {
  return Object.fromEntries(Object.entries(profile).filter(([name]) => !attributes.includes(name))) as UserProfile;
}

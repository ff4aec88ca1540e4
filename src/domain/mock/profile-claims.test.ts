import { describe, expect, it } from 'vitest';
import { addressClaim, claimValue } from './profile-claims';
import { SEED_USER, type UserProfile } from './user-profile';

describe('addressClaim', () => {
  it('builds the address object from primaryAddress as the Hosted Login reference shows it', () => {
    const claim = addressClaim({
      address1: '1233 NW 12th Ave',
      address2: '#150',
      city: 'Portland',
      stateAbbreviation: 'OR',
      zip: '97209',
      country: 'US',
    });

    expect(claim).toEqual({
      country: 'US',
      formatted: '1233 NW 12th Ave #150\nPortland, OR 97209\nUS',
      locality: 'Portland',
      postal_code: '97209',
      region: 'OR',
      street_address: '1233 NW 12th Ave #150',
    });
  });

  it('leaves missing parts empty and skips their lines in formatted', () => {
    const claim = addressClaim({ address1: '10 Downing St', city: 'London', country: 'GB' });

    expect(claim).toEqual({
      formatted: '10 Downing St\nLondon\nGB',
      street_address: '10 Downing St',
      locality: 'London',
      region: '',
      postal_code: '',
      country: 'GB',
    });
  });

  it('has no address without a primaryAddress', () => {
    expect(addressClaim(undefined)).toBeUndefined();
    expect(addressClaim(null)).toBeUndefined();
  });
});

describe('claimValue', () => {
  it('gives the address claim from the seed user’s primaryAddress', () => {
    expect(claimValue('address', SEED_USER)).toMatchObject({ street_address: '1233 NW 12th Ave #150', postal_code: '97209' });
  });

  it('turns lastUpdated into updated_at as a number of seconds', () => {
    const value = claimValue('updated_at', { uuid: 'u', lastUpdated: '2026-01-15T09:30:00Z' });

    expect(value).toBe(Date.UTC(2026, 0, 15, 9, 30, 0) / 1000);
  });

  it('keeps an updated_at already given in seconds', () => {
    expect(claimValue('updated_at', { uuid: 'u', lastUpdated: 1553405263 })).toBe(1553405263);
  });

  it('has no updated_at for a date it cannot read', () => {
    expect(claimValue('updated_at', { uuid: 'u', lastUpdated: 'last Tuesday' })).toBeUndefined();
  });

  it('makes email_verified a boolean: true when emailVerified holds a date', () => {
    const value = claimValue('email_verified', { uuid: 'u', email: 'a@b.c', emailVerified: '2024-03-02T10:00:00Z' });

    expect(value).toBe(true);
  });

  it('makes email_verified false when emailVerified is empty', () => {
    expect(claimValue('email_verified', { uuid: 'u', email: 'a@b.c', emailVerified: null })).toBe(false);
    expect(claimValue('email_verified', { uuid: 'u', email: 'a@b.c' })).toBe(false);
  });

  it('has no email_verified for a user without an email', () => {
    expect(claimValue('email_verified', { uuid: 'u', emailVerified: '2024-03-02T10:00:00Z' })).toBeUndefined();
  });

  it('makes phone_number_verified false for the seed user, whose mobileNumberVerified is null', () => {
    expect(claimValue('phone_number_verified', SEED_USER)).toBe(false);
  });

  it('joins given, middle and family names into name, skipping the missing ones', () => {
    const user: UserProfile = { uuid: 'u', givenName: 'Toni', familyName: 'Ng' };

    expect(claimValue('name', SEED_USER)).toBe('Karim J. Nafir');
    expect(claimValue('name', user)).toBe('Toni Ng');
  });

  it('maps preferred_username to displayName and birthdate to birthday', () => {
    expect(claimValue('preferred_username', SEED_USER)).toBe('karim_n');
    expect(claimValue('birthdate', SEED_USER)).toBe('1967-07-12');
  });

  it('gives the seed user a value for each of the five profile claims OIDC Core §5.4 adds to the reference products’ nine', () => {
    expect(['nickname', 'profile', 'picture', 'website', 'zoneinfo', 'locale'].map((claim) => claimValue(claim, SEED_USER))).toEqual([
      'Kari', 'https://profiles.example.com/karim_n', 'https://profiles.example.com/karim_n/photo.jpg', 'https://karim-nafir.example.com', 'America/Los_Angeles', 'en-US',
    ]);
  });

  it('has no value for an unknown claim or an empty attribute', () => {
    expect(claimValue('Gender', SEED_USER)).toBeUndefined();
    expect(claimValue('gender', { uuid: 'u', gender: '' })).toBeUndefined();
  });
});

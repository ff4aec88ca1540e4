import { describe, expect, it } from 'vitest';
import { PROVIDER_TEMPLATES } from './provider-templates';
import { hasPlaceholders } from './issuer-placeholders';

describe('hasPlaceholders', () => {
  it('finds a template placeholder left in an issuer URL', () => {
    expect(hasPlaceholders('https://<tenant>.<region>.auth0.com/')).toBe(true);
    expect(hasPlaceholders('https://<your domain>')).toBe(true);
  });

  it('accepts a real issuer URL', () => {
    expect(hasPlaceholders('https://accounts.google.com')).toBe(false);
    expect(hasPlaceholders('https://op.example.com/realms/a<b')).toBe(false);
  });

  it('tells the templates that need filling in from those that do not', () => {
    expect(PROVIDER_TEMPLATES.filter((t) => hasPlaceholders(t.issuerPattern)).length).toBeGreaterThan(0);
    expect(hasPlaceholders(PROVIDER_TEMPLATES.find((t) => t.id === 'google')!.issuerPattern)).toBe(false);
  });
});

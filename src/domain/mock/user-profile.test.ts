import { describe, expect, it } from 'vitest';
import { SEED_USER, parseUserProfile } from './user-profile';

describe('parseUserProfile', () => {
  it('accepts the seed user as written in the mock settings', () => {
    const parse = parseUserProfile(JSON.stringify(SEED_USER, null, 2));

    expect(parse).toEqual({ outcome: 'valid', profile: SEED_USER });
  });

  it('rejects a wrong-case attribute and names the one it resembles', () => {
    const parse = parseUserProfile('{"uuid": "u-1", "GIVENNAME": "Karim"}');

    expect(parse.outcome).toBe('invalid');
    if (parse.outcome !== 'invalid') return;
    expect(parse.message).toContain('"GIVENNAME" is not an attribute of the profile schema');
    expect(parse.message).toContain('did you mean "givenName"?');
  });

  it('rejects the uppercase custom attribute from the reference, naming the real one', () => {
    const parse = parseUserProfile('{"uuid": "u-1", "EMAIL_MARKETING_OPTIN": true}');

    expect(parse).toMatchObject({ outcome: 'invalid', message: expect.stringContaining('"email_marketing_optIn"') });
  });

  it('rejects an attribute nothing resembles without a suggestion', () => {
    const parse = parseUserProfile('{"uuid": "u-1", "favouriteColour": "blue"}');

    expect(parse.outcome).toBe('invalid');
    if (parse.outcome !== 'invalid') return;
    expect(parse.message).not.toContain('did you mean');
  });

  it('requires a non-empty string uuid, since it becomes sub', () => {
    expect(parseUserProfile('{"givenName": "Karim"}')).toMatchObject({ outcome: 'invalid', message: expect.stringContaining('"uuid"') });
    expect(parseUserProfile('{"uuid": ""}').outcome).toBe('invalid');
    expect(parseUserProfile('{"uuid": 42}').outcome).toBe('invalid');
  });

  it('rejects text that is not JSON, or JSON that is not an object', () => {
    expect(parseUserProfile('{uuid: u}')).toMatchObject({ outcome: 'invalid', message: expect.stringMatching(/^Not valid JSON/) });
    expect(parseUserProfile('["uuid"]')).toMatchObject({ outcome: 'invalid', message: expect.stringContaining('JSON object') });
  });
});

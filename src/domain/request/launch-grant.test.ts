import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { launchGrantOf } from './launch-grant';

describe('launchGrantOf', () => {
  it('launches the Authorization Code flow by default', () => {
    expect(launchGrantOf({ protocols: DEFAULT_PROTOCOL_CHOICES })).toBe('authorization_code');
    expect(launchGrantOf({})).toBe('authorization_code');
  });

  it('asks the token endpoint directly with the client credentials switch on (RFC 6749 §4.4)', () => {
    expect(launchGrantOf({ protocols: { ...DEFAULT_PROTOCOL_CHOICES, clientCredentials: true } })).toBe('client_credentials');
  });
});

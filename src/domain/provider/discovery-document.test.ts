import { describe, expect, it } from 'vitest';
import { DISCOVERY_URL_MEMBERS, parseDiscoveryDocument } from './discovery-document';

const ISSUER = 'https://op.example';
const document = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ issuer: ISSUER, authorization_endpoint: `${ISSUER}/authorize`, token_endpoint: `${ISSUER}/token`, ...extra });

describe('parseDiscoveryDocument refuses unsafe URLs', () => {
  const hostile = ['javascript:alert(1)', 'data:text/html,x', '/relative/path', 'http://op.example/plain-http', 'vbscript:x'];
  for (const member of DISCOVERY_URL_MEMBERS.filter((m) => m !== 'issuer')) {
    it.each(hostile)(`refuses ${member} = %s, naming the member and the value`, (value) => {
      const parsed = parseDiscoveryDocument(document({ [member]: value }), ISSUER);
      expect(parsed).toMatchObject({ outcome: 'unsafe-url', member });
      if (parsed.outcome !== 'unsafe-url') return;
      expect(parsed.message).toContain(`"${member}"`);
      expect(parsed.message).toContain(JSON.stringify(value));
    });
  }

  it('refuses an endpoint that is not a string', () => {
    expect(parseDiscoveryDocument(document({ token_endpoint: ['https://op.example/token'] }), ISSUER)).toMatchObject({ outcome: 'unsafe-url', member: 'token_endpoint' });
  });

  it('refuses a plain-http issuer that is not on a loopback host', () => {
    const http = 'http://op.example';
    const text = JSON.stringify({ issuer: http, authorization_endpoint: 'https://op.example/authorize' });
    expect(parseDiscoveryDocument(text, http)).toMatchObject({ outcome: 'unsafe-url', member: 'issuer' });
  });

  it('accepts https endpoints, loopback http endpoints and the app’s own origin', () => {
    expect(parseDiscoveryDocument(document({ jwks_uri: 'http://127.0.0.1:4455/jwks' }), ISSUER).outcome).toBe('valid');
    const mock = 'http://devbox.lan:5173/mock-op';
    const text = JSON.stringify({ issuer: mock, authorization_endpoint: `${mock}/authorize` });
    expect(parseDiscoveryDocument(text, mock, { trustedOrigin: 'http://devbox.lan:5173' }).outcome).toBe('valid');
  });
});

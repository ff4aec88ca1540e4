import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { clientCredentialsNotes } from './client-credentials-notes';
import { DEFAULT_REQUEST, type ComposedRequest } from './composed-request';

const withClientCredentials = (change: Partial<ComposedRequest> = {}): ComposedRequest => ({
  ...DEFAULT_REQUEST,
  ...change,
  protocols: { ...DEFAULT_PROTOCOL_CHOICES, ...change.protocols, clientCredentials: true },
});

describe('clientCredentialsNotes (RFC 6749 §4.4.2)', () => {
  it('says nothing while the switch is off, whatever was typed', () => {
    expect(clientCredentialsNotes({ ...DEFAULT_REQUEST, claimsText: '{"userinfo":{"email":null}}', prompt: 'login' })).toEqual([]);
  });

  it('names the requested scopes that stand for a user (OIDC Core §5.4)', () => {
    const notes = clientCredentialsNotes(withClientCredentials({ standardScopes: ['openid', 'email'], customScopes: 'api:read' }));
    expect(notes).toEqual([{ code: 'user-scopes', field: 'scopes', scopes: ['openid', 'email'] }]);
  });

  it('says the provider’s default applies when no scope is asked for (RFC 6749 §3.3)', () => {
    expect(clientCredentialsNotes(withClientCredentials({ standardScopes: [], customScopes: '' }))).toEqual([{ code: 'no-scope', field: 'scopes' }]);
  });

  it('says at the claims editor that the claims request is not sent (OIDC Core §5.5)', () => {
    const notes = clientCredentialsNotes(withClientCredentials({ standardScopes: [], customScopes: 'api:read', claimsText: '{"userinfo":{"email":null}}' }));
    expect(notes).toEqual([{ code: 'claims-not-sent', field: 'claims' }]);
  });

  it('names each authorize parameter typed, at its own field, and the free-form lines', () => {
    const notes = clientCredentialsNotes(withClientCredentials({ standardScopes: [], customScopes: 'api:read', loginHint: 'a@b.test', maxAge: '60', customParams: 'audience=x' }));
    expect(notes).toEqual([
      { code: 'parameter-not-sent', field: 'maxAge', parameter: 'max_age' },
      { code: 'parameter-not-sent', field: 'loginHint', parameter: 'login_hint' },
      { code: 'custom-parameters-not-sent', field: 'customParams' },
    ]);
  });

  it('names the switches that shape an authorize request this grant does not make', () => {
    const notes = clientCredentialsNotes(
      withClientCredentials({ standardScopes: [], customScopes: 'api:read', protocols: { ...DEFAULT_PROTOCOL_CHOICES, par: true, fragment: true, dpop: true, requestObject: { mode: 'value', alg: 'ES256' } } }),
    );
    expect(notes).toEqual([{ code: 'switches-unused', field: 'protocols', switches: ['par', 'request-object', 'fragment'] }]);
  });
});

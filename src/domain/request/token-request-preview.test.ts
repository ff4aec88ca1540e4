import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL_CHOICES } from '../protocols/protocol-choices';
import { DEFAULT_REQUEST, type ComposedRequest } from './composed-request';
import { tokenRequestPreview } from './token-request-preview';

const MOCK_TOKEN = 'https://app.test/mock-op/token';
const composed = (change: Partial<ComposedRequest> = {}): ComposedRequest => ({
  ...DEFAULT_REQUEST,
  standardScopes: [],
  customScopes: 'api:read',
  ...change,
  protocols: { ...DEFAULT_PROTOCOL_CHOICES, ...change.protocols, clientCredentials: true },
});
const names = (lines: readonly { name: string }[]) => lines.map((line) => line.name);

describe('tokenRequestPreview (RFC 6749 §4.4.2)', () => {
  it('is one POST of grant_type and scope to the token endpoint, the mock’s confidential client in a Basic header', () => {
    const preview = tokenRequestPreview(composed(), { tokenEndpoint: MOCK_TOKEN });
    expect(preview).toMatchObject({ method: 'POST', endpoint: MOCK_TOKEN, clientId: 'playground-service', authentication: { method: 'client_secret_basic', reason: 'mock-service-client' }, dpop: false });
    expect(preview.headers).toEqual([
      { name: 'Content-Type', value: { kind: 'text', text: 'application/x-www-form-urlencoded' } },
      { name: 'Authorization', value: { kind: 'basic-credentials', clientId: 'playground-service' } },
    ]);
    expect(preview.body).toEqual([
      { name: 'grant_type', value: { kind: 'text', text: 'client_credentials' } },
      { name: 'scope', value: { kind: 'text', text: 'api:read' } },
    ]);
  });

  it('never holds the secret: with client_secret_post the body carries a placeholder (RFC 6749 §2.3.1)', () => {
    const preview = tokenRequestPreview(composed({ clientAuthentication: 'client_secret_post' }), { tokenEndpoint: MOCK_TOKEN });
    expect(names(preview.headers)).toEqual(['Content-Type']);
    expect(preview.body.slice(2)).toEqual([
      { name: 'client_id', value: { kind: 'text', text: 'playground-service' } },
      { name: 'client_secret', value: { kind: 'secret-withheld' } },
    ]);
    expect(JSON.stringify(preview)).not.toContain('playground-service-secret');
  });

  it('adds a DPoP header made at launch when DPoP is on (RFC 9449 §5)', () => {
    const preview = tokenRequestPreview(composed({ protocols: { ...DEFAULT_PROTOCOL_CHOICES, dpop: true } }), { tokenEndpoint: MOCK_TOKEN });
    expect(preview.dpop).toBe(true);
    expect(preview.headers.at(-1)).toEqual({ name: 'DPoP', value: { kind: 'dpop-proof' } });
  });

  it('sends no scope when none is composed (§4.4.2: scope is optional)', () => {
    const preview = tokenRequestPreview(composed({ customScopes: '' }), { tokenEndpoint: MOCK_TOKEN });
    expect(names(preview.body)).toEqual(['grant_type']);
    expect(preview.notes).toEqual([{ code: 'no-scope', field: 'scopes' }]);
  });

  it('for a real provider: the composed client, its method from discovery, the endpoint unknown until discovery', () => {
    const real = composed({ issuer: 'https://op.example', clientId: 'svc', confidential: true });
    expect(tokenRequestPreview(real, { tokenEndpoint: undefined })).toMatchObject({ endpoint: undefined, clientId: 'svc', authentication: { method: 'client_secret_basic', reason: 'default-basic' } });
    expect(tokenRequestPreview(real, { tokenEndpoint: 'https://op.example/token', authMethodsSupported: ['client_secret_post'] })).toMatchObject({
      endpoint: 'https://op.example/token',
      authentication: { method: 'client_secret_post', reason: 'discovery-post' },
    });
  });

  it('for a real provider without a secret: no method, so the launch will refuse (§4.4: confidential clients only)', () => {
    const preview = tokenRequestPreview(composed({ issuer: 'https://op.example', clientId: 'svc', confidential: false }), { tokenEndpoint: undefined });
    expect(preview.authentication.method).toBe('none');
    expect(names(preview.headers)).toEqual(['Content-Type']);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST } from '../request/composed-request';
import { clientCredentialsRunOf } from './client-credentials-run';

const run = {
  grant: 'client_credentials' as const,
  request: DEFAULT_REQUEST,
  requestedScopes: ['api:read', 'api:write'],
  tokenResponse: { access_token: 'x', token_type: 'Bearer', scope: 'api:read' },
  failure: { error: 'insufficient_scope', description: '', stage: 'userinfo' as const },
};

describe('clientCredentialsRunOf', () => {
  it('names the mock’s confidential client, the granted scopes and the userinfo refusal', () => {
    expect(clientCredentialsRunOf(run)).toEqual({ clientId: 'playground-service', grantedScopes: ['api:read'], userinfoRefused: true });
  });

  it('takes the requested scopes when the response names none (RFC 6749 §5.1)', () => {
    expect(clientCredentialsRunOf({ ...run, tokenResponse: { access_token: 'x' } })?.grantedScopes).toEqual(['api:read', 'api:write']);
  });

  it('is nothing for a sign-in', () => {
    expect(clientCredentialsRunOf({ ...run, grant: undefined })).toBeUndefined();
  });
});

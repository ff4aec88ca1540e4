import { describe, expect, it } from 'vitest';
import { explainFlowError, type ExplainFlowErrorInput } from './explain-flow-error';

const base: ExplainFlowErrorInput = {
  error: 'invalid_scope',
  description: 'requested scope is not allowed',
  requestedScopes: ['openid', 'email', 'phone'],
  scopeInResponse: undefined,
  scopesSupported: ['openid', 'email', 'phone', 'profile'],
};

describe('explainFlowError: invalid_scope', () => {
  it('names the refused scope when the provider puts it on the error redirect (oidc-provider)', () => {
    const hint = explainFlowError({ ...base, scopeInResponse: ['phone'] });

    expect(hint).toEqual({ code: 'scope-refused-named', scopes: ['phone'] });
  });

  it('names the refused scope when the description does (the mock)', () => {
    const hint = explainFlowError({ ...base, requestedScopes: ['openid', 'address'], description: 'The token policy does not allow the scope address.' });

    expect(hint).toMatchObject({ code: 'scope-refused-named', scopes: ['address'] });
  });

  it('says openid is missing only when it is', () => {
    expect(explainFlowError({ ...base, requestedScopes: ['email'], description: 'invalid' })).toMatchObject({ code: 'openid-missing' });
    expect(explainFlowError(base).code).not.toBe('openid-missing');
  });

  it('otherwise lists the requested scopes missing from scopes_supported', () => {
    const hint = explainFlowError({ ...base, requestedScopes: ['openid', 'bob', 'email'], description: 'invalid' });

    expect(hint).toMatchObject({ code: 'scope-not-supported', scopes: ['bob'] });
  });

  it('says plainly when nothing tells which scope was refused', () => {
    expect(explainFlowError(base)).toEqual({ code: 'scope-refused-unnamed', scopesSupported: 'published' });
    expect(explainFlowError({ ...base, scopesSupported: undefined })).toEqual({ code: 'scope-refused-unnamed', scopesSupported: 'not-published' });
  });
});

describe('explainFlowError: other errors', () => {
  it('explains a known OAuth error and leaves an unknown one to its description', () => {
    expect(explainFlowError({ ...base, error: 'login_required' })).toEqual({ code: 'known-error', error: 'login_required' });
    expect(explainFlowError({ ...base, error: 'http_502' })).toEqual({ code: 'unknown-error' });
    expect(explainFlowError({ ...base, error: 'toString' }).code).toBe('unknown-error');
  });
});

describe('explainFlowError: a provider that requires pushed requests (RFC 9126 §6)', () => {
  it('says to push the request when invalid_request answers a request sent in the URL', () => {
    expect(explainFlowError({ ...base, error: 'invalid_request', pushRequiredNotPushed: 'discovery' })).toEqual({ code: 'par-required', by: 'discovery' });
    expect(explainFlowError({ ...base, error: 'invalid_request', pushRequiredNotPushed: 'mock-client-metadata' })).toEqual({ code: 'par-required', by: 'mock-client-metadata' });
  });

  it('keeps the usual invalid_request hint when the request was pushed', () => {
    expect(explainFlowError({ ...base, error: 'invalid_request', pushRequiredNotPushed: undefined })).toEqual({ code: 'known-error', error: 'invalid_request' });
  });
});

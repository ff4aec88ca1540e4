import { describe, expect, it } from 'vitest';
import { checkPushedForm, checkRequestUriUse, isPushedRequestUri, pushedAuthorizeUrl, readPushedResponse, REQUEST_URI_PREFIX, type PushedRequestRecord } from './pushed-request';

const record: PushedRequestRecord = { clientId: 'playground', params: [['scope', 'openid'], ['state', 's']], expiresAt: 1000, used: false };

describe('RFC 9126 rules', () => {
  it('refuses a pushed request that carries request_uri (§2.1)', () => {
    expect(checkPushedForm(new URLSearchParams({ client_id: 'c', request_uri: 'x' }))).toBe('request-uri-inside');
    expect(checkPushedForm(new URLSearchParams({ client_id: 'c', scope: 'openid' }))).toBeUndefined();
  });

  it('knows the request_uri URN it hands out (§2.2)', () => {
    expect(isPushedRequestUri(`${REQUEST_URI_PREFIX}abc`)).toBe(true);
    expect(isPushedRequestUri('https://rp.test/request.jwt')).toBe(false);
    expect(isPushedRequestUri(null)).toBe(false);
  });

  it('answers the pushed parameters for the client that pushed them, before they expire (§4)', () => {
    const use = checkRequestUriUse({ record, clientId: 'playground', nowSeconds: 999 });
    expect(use.outcome).toBe('ok');
    if (use.outcome === 'ok') expect([...use.params]).toEqual([['scope', 'openid'], ['state', 's']]);
  });

  it('refuses another client, a missing client_id, an expired and a used request_uri (§4, §7.3)', () => {
    expect(checkRequestUriUse({ record, clientId: 'other', nowSeconds: 999 })).toEqual({ outcome: 'refused', reason: 'other-client' });
    expect(checkRequestUriUse({ record, clientId: null, nowSeconds: 999 })).toEqual({ outcome: 'refused', reason: 'client-id-missing' });
    expect(checkRequestUriUse({ record, clientId: 'playground', nowSeconds: 1000 })).toEqual({ outcome: 'refused', reason: 'expired' });
    expect(checkRequestUriUse({ record: { ...record, used: true }, clientId: 'playground', nowSeconds: 1 })).toEqual({ outcome: 'refused', reason: 'used' });
    expect(checkRequestUriUse({ record: undefined, clientId: 'playground', nowSeconds: 1 })).toEqual({ outcome: 'refused', reason: 'unknown' });
  });

  it('shrinks the authorize URL to client_id and request_uri (§4)', () => {
    const url = new URL(pushedAuthorizeUrl('https://op.test/auth?foo=bar', 'playground', `${REQUEST_URI_PREFIX}abc`));
    expect([...url.searchParams.keys()]).toEqual(['client_id', 'request_uri']);
    expect(url.origin + url.pathname).toBe('https://op.test/auth');
  });

  it('reads only a 201 with request_uri and expires_in as a pushed request (§2.2)', () => {
    expect(readPushedResponse(201, { request_uri: 'urn:x', expires_in: 60 })).toEqual({ requestUri: 'urn:x', expiresIn: 60 });
    expect(readPushedResponse(200, { request_uri: 'urn:x', expires_in: 60 })).toBeUndefined();
    expect(readPushedResponse(201, { request_uri: 'urn:x' })).toBeUndefined();
    expect(readPushedResponse(201, null)).toBeUndefined();
  });
});

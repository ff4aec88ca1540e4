import { describe, expect, it } from 'vitest';
import type { DiscoveryDocument } from './discovery-document';
import { checkProxyCaller, checkProxyIssuer, checkProxyRequest, confirmedHostsOf, devProxyUrl, foreignEndpointHosts, isLoopbackAddress, proxiedEndpointOf } from './dev-proxy';
import { proxyRefusalText } from '../messages';

const ISSUER = 'https://login.example.com';
const DISCOVERY: DiscoveryDocument = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/authorize`,
  token_endpoint: `${ISSUER}/oauth/token`,
  userinfo_endpoint: `${ISSUER}/userinfo`,
  jwks_uri: `${ISSUER}/jwks`,
  introspection_endpoint: `${ISSUER}/introspect`,
  revocation_endpoint: `${ISSUER}/revoke`,
  end_session_endpoint: `${ISSUER}/logout`,
};

const check = (target: string, method = 'POST', issuer = ISSUER, discovery = DISCOVERY) => checkProxyRequest({ issuer, target, method }, discovery);

describe('which calls the dev-server proxy forwards', () => {
  it('forwards the token, userinfo, introspection and revocation endpoints the issuer’s discovery names', () => {
    expect(check(`${ISSUER}/oauth/token`)).toEqual({ outcome: 'allowed', endpoint: 'token_endpoint' });
    expect(check(`${ISSUER}/userinfo`, 'GET')).toEqual({ outcome: 'allowed', endpoint: 'userinfo_endpoint' });
    expect(check(`${ISSUER}/userinfo`, 'post')).toEqual({ outcome: 'allowed', endpoint: 'userinfo_endpoint' });
    expect(check(`${ISSUER}/introspect`)).toEqual({ outcome: 'allowed', endpoint: 'introspection_endpoint' });
    expect(check(`${ISSUER}/revoke`)).toEqual({ outcome: 'allowed', endpoint: 'revocation_endpoint' });
  });

  it('refuses every other URL, even of the same provider: it is no open proxy', () => {
    for (const target of [`${ISSUER}/authorize`, `${ISSUER}/jwks`, `${ISSUER}/logout`, `${ISSUER}/oauth/token/extra`, `${ISSUER}/oauth/token?x=1`, 'https://elsewhere.example/oauth/token', 'http://169.254.169.254/latest/meta-data']) {
      const result = check(target);
      expect(result.outcome, target).toBe('refused');
    }
    expect(check('http://169.254.169.254/latest')).toMatchObject({ reason: 'target-url' });
    expect(check('https://elsewhere.example/oauth/token')).toMatchObject({ reason: 'not-an-endpoint' });
  });

  it('refuses a method the endpoint is not called with', () => {
    expect(check(`${ISSUER}/oauth/token`, 'GET')).toMatchObject({ outcome: 'refused', reason: 'method' });
    expect(check(`${ISSUER}/revoke`, 'DELETE')).toMatchObject({ outcome: 'refused', reason: 'method' });
  });

  it('refuses when the discovery document names another issuer (OIDC Discovery §4.3)', () => {
    expect(check(`${ISSUER}/oauth/token`, 'POST', `${ISSUER}/`)).toMatchObject({ outcome: 'refused', reason: 'issuer-mismatch' });
  });

  it('keeps the URL rule for real providers: plain http only on loopback, no javascript:, no credentials', () => {
    expect(check(`${ISSUER}/oauth/token`, 'POST', 'http://login.example.com')).toMatchObject({ reason: 'issuer-url' });
    const loopback = { ...DISCOVERY, issuer: 'http://127.0.0.1:4455', token_endpoint: 'http://127.0.0.1:4455/token' };
    expect(check('http://127.0.0.1:4455/token', 'POST', 'http://127.0.0.1:4455', loopback)).toEqual({ outcome: 'allowed', endpoint: 'token_endpoint' });
    const withCredentials = { ...DISCOVERY, token_endpoint: 'https://user:pw@login.example.com/oauth/token' };
    expect(check('https://user:pw@login.example.com/oauth/token', 'POST', ISSUER, withCredentials)).toMatchObject({ reason: 'target-url' });
  });

  it('matches an endpoint by its normalised URL only', () => {
    expect(proxiedEndpointOf(DISCOVERY, 'https://LOGIN.example.com:443/oauth/token')).toBe('token_endpoint');
    expect(proxiedEndpointOf(DISCOVERY, 'not a url')).toBeUndefined();
    expect(proxiedEndpointOf({}, `${ISSUER}/oauth/token`)).toBeUndefined();
  });
});

describe('the issuer, checked before anything is fetched', () => {
  it('refuses an issuer the URL rule refuses, so its discovery document is never asked for', () => {
    for (const issuer of ['http://login.example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'https://user:pw@login.example.com']) {
      expect(checkProxyIssuer(issuer), issuer).toMatchObject({ outcome: 'refused', reason: 'issuer-url' });
    }
  });

  it('lets an https issuer and a loopback http one through', () => {
    expect(checkProxyIssuer(ISSUER)).toBeUndefined();
    expect(checkProxyIssuer('http://127.0.0.1:4455')).toBeUndefined();
  });
});

describe('endpoints on another host than the issuer', () => {
  const split: DiscoveryDocument = { ...DISCOVERY, token_endpoint: 'https://api.example.net/oauth/token', userinfo_endpoint: 'http://127.0.0.1:6379/', revocation_endpoint: 'https://api.example.net/revoke' };

  it('lists each other host once, ports included, and none when every endpoint is the issuer’s', () => {
    expect(foreignEndpointHosts(ISSUER, split)).toEqual(['127.0.0.1:6379', 'api.example.net']);
    expect(foreignEndpointHosts(ISSUER, DISCOVERY)).toEqual([]);
  });

  it('forwards to another host only when the person confirmed that host', () => {
    const to = (target: string, confirmedHosts: readonly string[], method = 'POST') => checkProxyRequest({ issuer: ISSUER, target, method, confirmedHosts }, split);

    expect(to('https://api.example.net/oauth/token', [])).toEqual({ outcome: 'refused', reason: 'unconfirmed-host', detail: 'api.example.net' });
    expect(to('http://127.0.0.1:6379/', ['api.example.net'], 'GET')).toMatchObject({ reason: 'unconfirmed-host', detail: '127.0.0.1:6379' });
    expect(to('https://api.example.net/oauth/token', ['api.example.net'])).toEqual({ outcome: 'allowed', endpoint: 'token_endpoint' });
    expect(to(`${ISSUER}/introspect`, [])).toEqual({ outcome: 'allowed', endpoint: 'introspection_endpoint' });
  });

  it('carries the confirmed hosts in the proxy URL, and reads them back', () => {
    const url = new URL(devProxyUrl('/', ISSUER, 'https://api.example.net/oauth/token', ['api.example.net', '127.0.0.1:6379']), 'http://127.0.0.1:5173');
    expect(confirmedHostsOf(url.searchParams)).toEqual(['api.example.net', '127.0.0.1:6379']);
    expect(new URL(devProxyUrl('/', ISSUER, `${ISSUER}/oauth/token`), 'http://127.0.0.1:5173').searchParams.has('hosts')).toBe(false);
  });

  it('says how to confirm a host', () => {
    expect(proxyRefusalText('unconfirmed-host', 'api.example.net')).toContain('only after you confirm it');
  });
});

describe('who may call the proxy', () => {
  const caller = { remoteAddress: '127.0.0.1', host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173', marked: true };

  it('answers the playground’s own pages on this machine', () => {
    expect(checkProxyCaller(caller)).toBeUndefined();
    expect(checkProxyCaller({ ...caller, origin: undefined })).toBeUndefined();
    expect(checkProxyCaller({ ...caller, remoteAddress: '::ffff:127.0.0.1', host: 'localhost:5173', origin: 'http://localhost:5173' })).toBeUndefined();
  });

  it('refuses another machine, a request without its header, and another site’s page', () => {
    expect(checkProxyCaller({ ...caller, remoteAddress: '192.168.1.20' })).toMatchObject({ reason: 'not-loopback' });
    expect(checkProxyCaller({ ...caller, marked: false })).toMatchObject({ reason: 'missing-header' });
    // DNS rebinding: a page of evil.example resolved to 127.0.0.1 still names its own host.
    expect(checkProxyCaller({ ...caller, host: 'evil.example:5173', origin: 'http://evil.example:5173' })).toMatchObject({ reason: 'foreign-origin' });
    expect(checkProxyCaller({ ...caller, origin: 'https://evil.example' })).toMatchObject({ reason: 'foreign-origin' });
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.1', '::ffff:10.0.0.1', '', undefined, '0.0.0.0'].some(isLoopbackAddress)).toBe(false);
  });
});

describe('the proxy’s address and messages', () => {
  it('lives under the base path and carries the issuer and the target as query parameters', () => {
    const url = new URL(devProxyUrl('/x/', ISSUER, `${ISSUER}/oauth/token`), 'http://127.0.0.1:5173');
    expect(url.pathname).toBe('/x/__playground-proxy/forward');
    expect(url.searchParams.get('issuer')).toBe(ISSUER);
    expect(url.searchParams.get('target')).toBe(`${ISSUER}/oauth/token`);
  });

  it('says why a call was refused', () => {
    expect(proxyRefusalText('not-an-endpoint', 'https://x.example/a')).toContain('not an open proxy');
    expect(proxyRefusalText('not-loopback', '10.0.0.1')).toContain('loopback');
  });
});
